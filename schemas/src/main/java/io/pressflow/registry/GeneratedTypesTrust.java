package io.pressflow.registry;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.specific.SpecificFixed;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 only instantiates classes it was told to trust, and by default trusts none of the
 * generated ones, so reading into a generated class fails with "Forbidden ...". Generated records,
 * enums and fixed types are plain data holders: trusting them (and nothing else) keeps Avro's guard
 * against schemas that name arbitrary classes.
 */
final class GeneratedTypesTrust {
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private GeneratedTypesTrust() {}

    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                    ClassSecurityValidator.getGlobal(), GeneratedTypesTrust::isGenerated));
        }
    }

    private static boolean isGenerated(Class<?> c) {
        return SpecificRecord.class.isAssignableFrom(c)
                || SpecificFixed.class.isAssignableFrom(c)
                || (c.isEnum() && GenericEnumSymbol.class.isAssignableFrom(c));
    }
}
