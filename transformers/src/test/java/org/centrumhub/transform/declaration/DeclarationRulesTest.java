package org.centrumhub.transform.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.Declaration;
import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.crossmessage.StateChange;
import org.centrumhub.transform.crossmessage.Tariff;
import org.centrumhub.transform.fixtures.DeclarationDoc;
import org.centrumhub.transform.fixtures.DeclarationDoc.Line;
import org.centrumhub.transform.fixtures.InMemoryHubState;
import org.centrumhub.transform.fixtures.TestBsns;
import org.centrumhub.transform.fixtures.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per declaration rule: a 323 of two lines for one client where only the first line breaks the rule. The
 * first line gets the rule's code, the second is granted; a rule on the class Declaratie rejects both.
 */
class DeclarationRulesTest {
    private static final String PROVIDER = "12345678";
    private static final String CENTRE = "0935";
    private static final String BSN = TestBsns.nth(1);
    private static final String OTHER_BSN = TestBsns.nth(2);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final MessageValidator VALIDATOR = MessageValidator.standard(TestClock.CLOCK);

    private static final Line FIRST = Line.debit("L1", 700101, "45", "45A01", OCTOBER, 12, 6500);
    private static final Line SECOND = Line.debit("L2", 700102, "45", "45A02", OCTOBER, 3, 5000);

    private record Case(String rule, String code, UnaryOperator<Line> first, Consumer<InMemoryHubState> setup,
                        boolean whole) {
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                fails("TR338", "9338", line -> line.assignment(799999)),
                fails("TR304", "8187", line -> line.assignment(700201)),
                fails("TR339", "9339", line -> line.category("44")),
                fails("TR340", "9340", line -> line.code("45A09")),
                fails("TR341", "9341", line -> line.volume(12, "14")),
                fails("TR307", "9307", line -> line.assignment(700103)),
                fails("TR308", "9308", line -> line.assignment(700104)),
                fails("TR387", "9387", line -> line.assignment(700103).period(day(12), day(31))),
                fails("TR388", "9388", line -> line.assignment(700104).period(day(1), day(15))),
                fails("TR384", "9384", line -> line.assignment(700105)),
                fails("TR321", "9321", line -> line.volume(25, "04")),
                fails("TR322", "9322", line -> line.assignment(700106),
                        state -> stored(state, granted("E1", 700106, YearMonth.of(2026, 9), 25))),
                fails("TR369", "9369", line -> line.assignment(700107).volume(120_000, "83")),
                fails("TR389", "9389", line -> line, state -> stored(state, granted("E1", 700101, OCTOBER, 12))),
                fails("TR314", "8021", line -> line, state -> stored(state, granted("L1", 700101, YearMonth.of(2026, 9), 1))),
                fails("TR323", "8017", line -> line.creditAs("C1").reference("C1")),
                fails("TR390", "9390", line -> line.reference("X1").creditAs("C1"),
                        state -> stored(state, granted("X1", 700101, OCTOBER, 12),
                                new DeclaredLine(Standard.IJW, PROVIDER, CENTRE, "client-" + BSN, "C0", "X1", 700101,
                                        "45", "45A01", OCTOBER.atDay(1), OCTOBER.atEndOfMonth(), 12, "04", -78000, true))),
                fails("TR418", "0611", line -> line,
                        state -> state.tariff(Standard.IJW, PROVIDER, "45A01", new Tariff("04", 7000))),
                fails("TR346", "9346", line -> line.amount(78001)),
                whole("TR333", "9333", state -> state.apply(List.of(new StateChange.DeclarationReceived(
                        new Declaration(Standard.IJW, PROVIDER, CENTRE, "D1", YearMonth.of(2026, 9)), List.of())),
                        UUID.randomUUID())),
                whole("TR318", "8214", state -> state.apply(List.of(new StateChange.DeclarationReceived(
                        new Declaration(Standard.IJW, PROVIDER, CENTRE, "D0", YearMonth.of(2026, 11)), List.of())),
                        UUID.randomUUID())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFaultyLineGetsItsCodeAndTheOtherIsGranted(String name, Case rule) {
        InMemoryHubState state = store();
        rule.setup().accept(state);
        Judgement judgement = judge(state, DeclarationDoc.ijw(PROVIDER, CENTRE)
                .line(BSN, rule.first().apply(FIRST)).line(BSN, SECOND));

        DeclarationLine first = judgement.lines().stream().filter(l -> l.element().path().contains("Prestatie[1]"))
                .findFirst().orElseThrow();
        assertThat(codesAt(judgement, first.element().path())).as("codes on the faulty line").contains(rule.code());
        if (rule.whole()) {
            assertThat(judgement.rejectedWhole()).isTrue();
            assertThat(judgement.grantedLines()).isEmpty();
        } else {
            assertThat(judgement.grantedLines()).extracting(DeclarationLine::reference).containsExactly("L2");
            assertThat(judgement.findings()).allMatch(f -> f.path().startsWith(first.element().path()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void aCorrectDeclarationIsGrantedInFull(String name, UnaryOperator<Line> first, Consumer<InMemoryHubState> setup) {
        InMemoryHubState state = store();
        setup.accept(state);
        DeclarationDoc doc = DeclarationDoc.ijw(PROVIDER, CENTRE).line(BSN, first.apply(FIRST)).line(BSN, SECOND);
        Judgement judgement = judge(state, doc);
        assertThat(judgement.findings()).isEmpty();
        assertThat(judgement.grantedCents()).isEqualTo(doc.total());
    }

    static Stream<Arguments> passing() {
        return Stream.of(
                Arguments.of("as assigned", (UnaryOperator<Line>) line -> line, (Consumer<InMemoryHubState>) state -> { }),
                Arguments.of("hours declared in minutes at the contract's hour tariff (IV081)",
                        (UnaryOperator<Line>) line -> line.volume(7, "01").tariff(146).amount(1019),
                        (Consumer<InMemoryHubState>) state -> state.tariff(Standard.IJW, PROVIDER, "45A01",
                                new Tariff("04", 8730))),
                Arguments.of("a period starting with the assignment in mid-month",
                        (UnaryOperator<Line>) line -> line.assignment(700103).period(day(10), day(31)),
                        (Consumer<InMemoryHubState>) state -> { }),
                Arguments.of("earlier lines leave room in the total",
                        (UnaryOperator<Line>) line -> line.assignment(700106),
                        (Consumer<InMemoryHubState>) state -> stored(state, granted("E1", 700106, YearMonth.of(2026, 9), 18))),
                Arguments.of("a later period than the last declaration's",
                        (UnaryOperator<Line>) line -> line,
                        (Consumer<InMemoryHubState>) state -> state.apply(List.of(new StateChange.DeclarationReceived(
                                new Declaration(Standard.IJW, PROVIDER, CENTRE, "D0", YearMonth.of(2026, 9)), List.of())),
                                UUID.randomUUID())));
    }

    /** OP366: a credit is judged first, so the corrected debit for the same period in the same declaration is granted. */
    @org.junit.jupiter.api.Test
    void aCreditAndItsCorrectionInOneDeclarationAreBothGranted() {
        InMemoryHubState state = store();
        Line earlier = Line.debit("E1", 700101, "45", "45A01", OCTOBER, 10, 6500);
        stored(state, granted("E1", 700101, OCTOBER, 10));
        DeclarationDoc doc = DeclarationDoc.ijw(PROVIDER, CENTRE).line(BSN, FIRST).line(BSN, earlier.creditAs("C1"));
        Judgement judgement = judge(state, doc);
        assertThat(judgement.findings()).isEmpty();
        assertThat(judgement.grantedCents()).isEqualTo(78000 - 65000);
    }

    /** IV085: a credit is only refused technically; an ended assignment does not stop it. */
    @org.junit.jupiter.api.Test
    void aCreditIsNotJudgedOnTheAssignment() {
        InMemoryHubState state = store();
        stored(state, new DeclaredLine(Standard.IJW, PROVIDER, CENTRE, "client-" + BSN, "E1", null, 700105, "45",
                "45A01", OCTOBER.atDay(1), OCTOBER.atEndOfMonth(), 12, "04", 78000, true));
        Line credit = Line.debit("E1", 700105, "45", "45A01", OCTOBER, 12, 6500).creditAs("C1");
        Judgement judgement = judge(state, DeclarationDoc.ijw(PROVIDER, CENTRE).line(BSN, credit).line(BSN, SECOND));
        assertThat(judgement.findings()).isEmpty();
    }

    private static Arguments fails(String rule, String code, UnaryOperator<Line> first) {
        return fails(rule, code, first, state -> { });
    }

    private static Arguments fails(String rule, String code, UnaryOperator<Line> first, Consumer<InMemoryHubState> setup) {
        return Arguments.of(rule + " " + code, new Case(rule, code, first, setup, false));
    }

    private static Arguments whole(String rule, String code, Consumer<InMemoryHubState> setup) {
        return Arguments.of(rule + " " + code + " (whole declaration)", new Case(rule, code, line -> line, setup, true));
    }

    static Judgement judge(InMemoryHubState state, DeclarationDoc doc) {
        ValidationResult read = VALIDATOR.validate(doc.bytes());
        assertThat(read.message()).as("schema-valid: %s", read.findings()).isPresent();
        assertThat(read.findings()).noneMatch(f -> "0001".equals(f.retourCode()));
        return VALIDATOR.judgeDeclaration(read.message().orElseThrow(), state, read.findings());
    }

    private static List<String> codesAt(Judgement judgement, String linePath) {
        return judgement.findings().stream().filter(f -> f.path().startsWith(linePath)
                || !f.path().contains("Prestatie")).map(Finding::retourCode).toList();
    }

    private static LocalDate day(int day) {
        return OCTOBER.atDay(day);
    }

    private static InMemoryHubState store() {
        InMemoryHubState state = new InMemoryHubState();
        List<StateChange> assignments = List.of(
                version(700101, BSN, "45A01", 20L, "04", "4", null, null, null),
                version(700102, BSN, "45A02", null, null, null, null, null, null),
                version(700201, OTHER_BSN, "45A01", 20L, "04", "4", null, null, null),
                version(700103, BSN, "45A01", 20L, "04", "4", day(10), null, null),
                version(700104, BSN, "45A01", 20L, "04", "4", null, day(20), null),
                version(700105, BSN, "45A01", 20L, "04", "4", null, null, "13"),
                version(700106, BSN, "45A01", 30L, "04", "6", null, null, null),
                new StateChange.AssignmentVersion(new Assignment(Standard.IJW, CENTRE, PROVIDER, "client-" + BSN, 700107,
                        "45", "45A01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, null, null, null,
                        100_000L, LocalDateTime.of(2025, 12, 1, 9, 0))));
        state.apply(assignments, UUID.randomUUID());
        return state;
    }

    private static StateChange version(long number, String bsn, String code, Long volume, String unit, String frequency,
                                       LocalDate start, LocalDate end, String reden) {
        Assignment base = DeclarationDoc.assignment(Standard.IJW, CENTRE, PROVIDER, bsn, number, "45", code, volume,
                unit, frequency);
        return new StateChange.AssignmentVersion(new Assignment(base.domain(), base.municipality(), base.provider(),
                base.client(), number, base.category(), code, start == null ? base.start() : start,
                end == null ? base.end() : end, reden, null, volume, unit, frequency, null, base.assignedAt()));
    }

    private static DeclaredLine granted(String reference, long assignment, YearMonth month, long volume) {
        return new DeclaredLine(Standard.IJW, PROVIDER, CENTRE, "client-" + BSN, reference, null, assignment, "45",
                "45A01", month.atDay(1), month.atEndOfMonth(), volume, "04", volume * 6500, true);
    }

    private static void stored(InMemoryHubState state, DeclaredLine... lines) {
        state.apply(List.of(new StateChange.DeclarationReceived(new Declaration(Standard.IJW, PROVIDER, CENTRE,
                "EARLIER-" + UUID.randomUUID().toString().substring(0, 8), YearMonth.of(2026, 9)), List.of(lines))),
                UUID.randomUUID());
    }
}
