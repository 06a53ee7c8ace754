package org.corroborate.service.shared;

import java.math.BigDecimal;

/** Numbers as read models carry them: no trailing zeros, never in exponent form ("120000", not "1.2E+5"). */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
