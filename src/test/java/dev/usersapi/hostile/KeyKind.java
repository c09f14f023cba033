package dev.usersapi.hostile;

/** Which API key a request carries in its header fields (trailer fields never count). */
enum KeyKind {
    NONE,
    WRONG,
    READER,
    WRITER,
    /** Several X-API-KEY fields: the contract does not say which one counts. */
    AMBIGUOUS
}
