#!/usr/bin/env python3
"""Writes docs/rule-coverage.md: every rule of the standard's rules.md with its status in Centrumhub.

Reads ../shared/domain/rules.md (the spec, next to the repository) for the rule codes, classes, retourcodes and
messages, and the rule classes under transformers/ for what is implemented. Statuses of rules that are not
implemented here are kept below, with the reason. RuleCoverageTableTest checks the result against the catalog.
Usage: python3 docs/tools/rule_coverage.py
"""
import glob
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RULES = os.path.join(os.path.dirname(ROOT), 'shared', 'domain', 'rules.md')
RULE_CLASSES = os.path.join(ROOT, 'transformers/src/main/java/org/centrumhub/transform/rules/*.java')
CROSS_CLASSES = os.path.join(ROOT, 'transformers/src/main/java/org/centrumhub/transform/crossmessage/*.java')

HUB = ('later: issue 3', "cross-message: needs the hub's stores (assignments, starts and stops, requests, "
       "message identifications)")
JUDGING = ('later: declaration judging', 'cross-message: needs the assignment and declaration-line stores; judging '
           '323s and answering with 325 is announced in issue 3 as a later issue')
PROVIDER_325 = ('later: declaration judging', "a provider's check of a received 325 against its own 323; the hub "
                'builds its 325s from the stored 323, so they satisfy it')
LATER = {code: HUB for code in (
    'TR019 TR056 TR063 TR071 TR074 TR326 TR332 TR304 TR347 TR349 TR350 TR351 TR355 TR357 TR359 TR360 TR361 TR365 '
    'TR373 TR374 TR375 TR379 TR382 TR385 TR411 TR412 TR413 TR414 TR415').split()}
LATER.update({code: JUDGING for code in (
    'TR307 TR308 TR314 TR318 TR321 TR322 TR323 TR333 TR338 TR339 TR340 TR341 TR369 TR384 TR387 TR388 TR389 TR390 '
    'TR418').split()})
LATER.update({code: PROVIDER_325 for code in 'TR337 TR366 TR367 TR371 TR376'.split()})
LATER['TR385'] = ('later: declaration judging', 'needs the store of approved declaration lines')
LATER['TR378'] = ('not yet scheduled', 'external: needs the dated CBS municipality lists (to be kept in config/); '
                  'no issue covers it yet')
LATER['TR381'] = ('not applicable', 'external: needs the product code list per contract, which the hub does not have')
LATER['CS015'] = ('XSD', 'pattern 2 on BerichtSubversie in every message XSD; a wrong value is reported as '
                  'TYPE_MISMATCH')
LATER['CS025'] = ('XSD', 'pattern 3 on BerichtVersie in every message XSD; a wrong value is reported as TYPE_MISMATCH')
LATER['CS319'] = ('XSD', 'pattern ([a-zA-Z0-9])+ on DeclaratieNummer in the 323 XSD')

# Decisions where rules.md leaves the element or reading open; shown next to the implementing class.
NOTES = {
    'TR134': 'elements not named by the sources: birth dates (client, 301 relations), 301 Toewijzingsdatum, '
             '305 Begindatum, 307 Einddatum, 323/325 period Begindatum',
    'TR137': 'Einddatum of DeclaratiePeriode (323) and ProductPeriode (323, 325); a period beginning after the '
             'Dagtekening is left to TR134',
    'TR380': 'NieuwProduct/GewensteIngangsdatum (TeWijzigenProduct may lie in the past, TR357)',
    'TR302': 'product = code, else category, else no product; RedenWijziging 13/01 with start = end ignored; '
             'iWmo categories 11-14 may overlap',
    'TR386': 'same product identity as TR302; iWmo categories 11-14 may overlap',
    'TR410': 'same product identity as TR302; iWmo categories 11-14 may overlap',
    'TR319': 'in-message part: ProductPeriode ends by the DeclaratiePeriode end; the stored-periods part comes with '
             'declaration judging',
    'TR346': 'in-message part: minutes (Eenheid 01) accept a minute or an hour tariff (x/60, half up); the '
             'contract tariff itself is external',
    'TR342': 'checked on every 325, including the ones the hub builds',
    'CD077': 'same condition as CD078: a line with both breaks both',
    'CD078': 'same condition as CD077: a line with both breaks both',
    'TR383': 'ReferentieAanbieder is also the logical key of the line, so a repeat breaks TR101 too',
    'CS002': 'also rejects 000000000',
}


def spec_rules():
    text = open(RULES, encoding='utf-8').read()
    rows = {}
    for m in re.finditer(r'^\| (TR\d+) \| (.*?) \| (.*?) \| (.*?) \| (.*?) \| (.*?) \| (.*?) \|$', text, re.M):
        code, _meaning, msgs, cls, rc, _state, _notes = m.groups()
        rows[code] = dict(msgs=msgs, cls=cls, rc=rc)
    for section, kind in (('## 4. Conditions', '## 5. Constraints'), ('## 5. Constraints', '## 6. Restrictions')):
        part = text[text.index(section):text.index(kind)]
        for m in re.finditer(r'^\| ((?:CD|CS)\d+) \| (.*?) \| (.*?) \|$', part, re.M):
            msgs = sorted(set(re.findall(r'JW(\d{3})', m.group(3))))
            rows[m.group(1)] = dict(msgs=', '.join(msgs), cls='in-message', rc='0001')
    part = text[text.index('## 6. Restrictions'):text.index('## 7.')]
    for code, rule in re.findall(r'(RS\d+) \| ([^|]+)', part):
        rows[code] = dict(msgs='all', cls='format', rc='XSD', rule=rule.strip())
    return rows


def implemented(pattern=RULE_CLASSES):
    found = {}
    for path in glob.glob(pattern):
        m = re.search(r'super\("((?:TR|CD|CS)\d+)"(?:, "(\w+)")?', open(path, encoding='utf-8').read())
        if m:
            found[m.group(1)] = os.path.basename(path)[:-5]
    return found


def main():
    rows = spec_rules()
    classes = implemented()
    hub_classes = implemented(CROSS_CLASSES)
    lines = [
        '# Rule coverage',
        '',
        'Every rule of the standard (`../shared/domain/rules.md`: technical rules TR, conditions CD, constraints CS,',
        'restrictions RS) with where Centrumhub checks it. Generated by `python3 docs/tools/rule_coverage.py`;',
        '`RuleCoverageTableTest` fails when this table and the rule catalog disagree.',
        '',
        'Statuses: **implemented** (an in-message rule class in `transformers/.../rules`, run by the validator and the',
        'hub), **implemented in the hub** (cross-message, checked by the hub\'s intake against its stores; on a 301 or',
        '319 the provider is the receiver and judges, so the hub forwards its finding as advice in `CentrumhubAdvice`),',
        '**XSD** (enforced by our schemas), **later: issue 3** (cross-message, still to be built),',
        '**later: declaration judging** (needs the declaration store; announced as a later issue),',
        '**not yet scheduled** / **not applicable** (external lists the hub does not have).',
        '',
        '| Code | Class | Retourcode | Messages | Status | Where / why |',
        '|---|---|---|---|---|---|',
    ]
    order = {'TR': 0, 'CD': 1, 'CS': 2, 'RS': 3}
    for code in sorted(rows, key=lambda c: (order[c[:2]], c)):
        row = rows[code]
        if code in classes:
            status, where = 'implemented', '`' + classes[code] + '`'
            if code in NOTES:
                where += ': ' + NOTES[code]
        elif code in hub_classes:
            status, where = 'implemented in the hub', '`' + hub_classes[code] + '`: cross-message, against the hub\'s stores'
            if code == 'TR304':
                where += ' (317); on 323 with declaration judging, on 325 a provider-side check'
            if set(re.findall(r'\d{3}', row['msgs'])) <= {'301', '319'}:
                where += '; advice to the provider, who judges the ' + row['msgs']
        elif code == 'TR056':
            status, where = 'implemented in the hub', ('`Intake`: the register of Identificaties that count as sent '
                                                       '(unique key; a refused or 0001 message never counts); advice '
                                                       'on 301 and 319')
        elif code in LATER:
            status, where = LATER[code]
        elif row['cls'] == 'format':
            status, where = 'XSD', 'datatype facets of our basisschema: ' + row['rule']
        else:
            status, where = 'MISSING', ''
        lines.append(f"| {code} | {row['cls']} | {row['rc']} | {row['msgs']} | {status} | {where} |")
    with open(os.path.join(ROOT, 'docs', 'rule-coverage.md'), 'w', encoding='utf-8') as out:
        out.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
