// The Spanish of every exercise script, by stable id (`exercise.<script id>.<path>`). Written by h-es.
export const exercises: Readonly<Record<string, string>> = {};
