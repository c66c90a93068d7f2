/**
 * The version of the calculation rules. Raise it whenever a rule in the code changes how a
 * figure comes out: every cached or stored computed figure is keyed by it, so a fix never leaves
 * stale figures behind.
 */
export const REKENVERSIE = 2;
