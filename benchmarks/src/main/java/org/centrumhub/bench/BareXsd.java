package org.centrumhub.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.centrumhub.schema.Standard;
import org.xml.sax.SAXException;

/**
 * The floor any schema-validating reader pays: {@code javax.xml.validation.Validator} over the bytes with the hub's
 * own compiled {@code Standard.IJW.schema()}, nothing else.
 */
public final class BareXsd {
    private BareXsd() {
    }

    /** Validates an iJw message; returns the validator used (so a benchmark's result is not optimised away). */
    public static Validator validate(byte[] document) throws IOException, SAXException {
        Validator validator = Standard.IJW.schema().newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        return validator;
    }
}
