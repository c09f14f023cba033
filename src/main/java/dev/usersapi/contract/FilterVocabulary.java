package dev.usersapi.contract;

import java.util.List;
import java.util.Optional;

/**
 * What a listing brings to the filter grammar of {@link FilterSyntax}: its fields, how each is
 * compared, and the conditions a clause becomes. The grammar is the same for every listing, so
 * that a client who has learnt to filter users can filter the log; only the words differ.
 *
 * @param <F> the fields of the listing
 * @param <C> the conditions that the listing's store evaluates
 */
interface FilterVocabulary<F, C> {

    /** How a clause compares a field, which decides the values it may take. */
    enum Kind {
        /** An exact string, bare or quoted. */
        TEXT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number, exact, compared or in a range. */
        COUNT,
        /** Epoch seconds as a count takes them, and also {@code now} and date math such as {@code now-1h}. */
        TIME
    }

    /**
     * Clauses of the listing's own fields that the rejection messages show as examples, so that a
     * caller is shown a clause that makes sense for the listing at hand.
     *
     * @param clause any valid clause, shown when a clause names no field
     * @param insteadOfNot a clause to write instead of negating one with NOT or !
     * @param insteadOfMinus a clause to write instead of negating one with the - prefix
     * @param quotedValue a clause with a quoted value, shown when a value outside ASCII is not quoted
     */
    record Examples(String clause, String insteadOfNot, String insteadOfMinus, String quotedValue) {}

    /** The field that a clause names, if the listing has one by that name. */
    Optional<F> field(String name);

    /** The field's name as clauses and messages write it. */
    String wireName(F field);

    Kind kind(F field);

    /** The names of every field, in the order in which a message lists them. */
    List<String> filterableFields();

    Examples examples();

    /**
     * The condition of a text field's clause. A vocabulary that accepts only some values refuses
     * the others here, with an {@link InvalidQueryException} for the {@code filter}.
     */
    C textEquals(F field, String value);

    /** The condition of a boolean field's clause. */
    C flagEquals(F field, boolean value);

    /**
     * The condition of a count or time field's clause: the values from {@code min} to {@code max},
     * both included, where an open end is {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}.
     */
    C inRange(F field, long min, long max);
}
