package dev.usersapi.contract;

import java.util.Objects;

/**
 * A value of a request that the server does not accept though its form is the contract's: a
 * listing's {@code filter} or {@code sort}, or the address of an IP unblock. The message is
 * shown to the caller as it is, in the 422 problem's errors under the parameter's name, so it is
 * a plain English sentence; the parts of the request it repeats go through {@link #quote}.
 */
public final class InvalidQueryException extends RuntimeException {

    /** The longest excerpt of a request that a message repeats, so a huge value stays out of it. */
    static final int MAX_QUOTED_CHARS = 40;

    private static final String CUT_MARK = "...";

    private final String parameter;

    /**
     * @param parameter the parameter or body field at fault, by its name in the contract
     * @param message what is wrong and how to write it, safe to show to the caller
     */
    public InvalidQueryException(String parameter, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.parameter = Objects.requireNonNull(parameter, "parameter");
    }

    /** The parameter or body field at fault, by its name in the contract. */
    public String parameter() {
        return parameter;
    }

    /**
     * Part of a request, in double quotes, for a message: at most {@value #MAX_QUOTED_CHARS}
     * characters of it, and every character that could hide or rearrange text when shown
     * (control, formatting and line-separating characters, halves of broken surrogate pairs) as a
     * question mark.
     */
    static String quote(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(isSafeToShow(c) ? c : '?'));
        if (shown.length() > MAX_QUOTED_CHARS) {
            int cut = MAX_QUOTED_CHARS - CUT_MARK.length();
            if (Character.isHighSurrogate(shown.charAt(cut - 1))) {
                cut--;
            }
            shown.setLength(cut);
            shown.append(CUT_MARK);
        }
        return "\"" + shown + "\"";
    }

    private static boolean isSafeToShow(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type != Character.FORMAT
                && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }
}
