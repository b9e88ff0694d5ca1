/**
 * Reads a code fence's meta string (what follows the language), e.g.
 * `title="Dockerfile" download="/examples/dash-app/Dockerfile"`, into key/value pairs.
 * Values may be double-quoted, single-quoted or bare; inside quotes `\"`, `\'` and `\\`
 * are escapes and any other backslash is kept (Windows paths stay readable). A key without
 * a value means "true". Anything else throws, so a typo fails the build instead of vanishing.
 */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
  const options: Record<string, string> = {};
  const text = meta ?? '';
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  for (skipSpace(); i < text.length; skipSpace()) {
    const key = /^[A-Za-z_][\w-]*/.exec(text.slice(i))?.[0];
    if (!key) throw new Error(`cannot read code fence options at \`${text.slice(i)}\`; write key="value"`);
    i += key.length;
    let value = 'true';
    if (text[i] === '=') {
      i++;
      const quote = text[i];
      if (quote === '"' || quote === "'") {
        value = '';
        for (i++; i < text.length && text[i] !== quote; i++) {
          const next = text[i + 1];
          if (text[i] === '\\' && (next === quote || next === '\\')) i++;
          value += text[i];
        }
        if (i >= text.length) throw new Error(`code fence option ${key} has no closing ${quote}`);
        i++;
      } else {
        value = /^[^\s"'=]*/.exec(text.slice(i))![0];
        i += value.length;
      }
    }
    if (i < text.length && !/\s/.test(text[i]!)) {
      throw new Error(`cannot read code fence options at \`${text.slice(i)}\`; separate options with spaces`);
    }
    if (Object.hasOwn(options, key)) throw new Error(`code fence option ${key} is given twice`);
    options[key] = value;
  }
  return options;
}
