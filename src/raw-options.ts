// A request's option values as Discord or the text router hands them over, before a command
// validates them: the one shape every layer passes down (the router builds it, the pipeline,
// the store's keys and the commands read it), so it sits below all of them.

/** Option values as Discord (or the text router) hands them over, before validation. */
export type RawOptions = Readonly<Record<string, string | number | boolean | undefined>>;
