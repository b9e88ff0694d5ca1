/*
 * The contract between a feature's server markup and its island: the data-* attributes both
 * sides name once, with the typed encoding of what travels in them. The server spreads
 * `attr.set(value)` into its JSX; the island reads `attr.get(element)`, which decodes and checks
 * the value instead of casting it, and finds elements with `attr.selector`. Renaming an
 * attribute or changing its type is then a type error on both sides, not a DOM test failure.
 */

/** How a value is written into an attribute and read back; `decode` is undefined for anything malformed. */
export type Codec<T> = { encode(value: T): string; decode(text: string): T | undefined };

export type DataName = `data-${string}`;

export type Attribute<T> = {
  name: DataName;
  /** `[data-…]`: every element that carries the attribute. */
  selector: string;
  /** The attribute as a JSX prop: `<a {...link.set(id)}>`. */
  set(value: T): Record<DataName, string>;
  /** The decoded value, or undefined when the element lacks the attribute or it is malformed. */
  get(element: Element): T | undefined;
};

export const text: Codec<string> = { encode: (value) => value, decode: (value) => value };

/** A whole number written in decimal. */
export const integer: Codec<number> = {
  encode: (value) => String(value),
  decode: (value) => (/^-?\d+$/.test(value.trim()) ? Number(value) : undefined),
};

/** A present attribute means true; the server leaves a false one out (`set(false)` gives no prop). */
export const flag: Codec<boolean> = { encode: () => '', decode: () => true };

/** One of a fixed set of words. */
export function oneOf<const T extends string>(values: readonly T[]): Codec<T> {
  return { encode: (value) => value, decode: (value) => ((values as readonly string[]).includes(value) ? (value as T) : undefined) };
}

/** JSON, checked on arrival by the guard (the server wrote it, but a stale cached page may not match). */
export function json<T>(isValid: (value: unknown) => value is T): Codec<T> {
  return {
    encode: (value) => JSON.stringify(value),
    decode: (value) => {
      try {
        const parsed: unknown = JSON.parse(value);
        return isValid(parsed) ? parsed : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

export function attribute<T = string>(name: DataName, codec: Codec<T> = text as unknown as Codec<T>): Attribute<T> {
  return {
    name,
    selector: `[${name}]`,
    set: (value) => (codec === (flag as unknown) && value === false ? {} : { [name]: codec.encode(value) }),
    get: (element) => {
      const raw = element.getAttribute(name);
      return raw === null ? undefined : codec.decode(raw);
    },
  };
}
