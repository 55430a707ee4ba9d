/** An object whose every member is a method answering with a promise. */
type AsyncMethods<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * A repository that stands in for the one `build` makes, building it on the first call of
 * any of its methods: a command that never calls it never loads its module. Only for a
 * repository whose methods all answer with promises (the type checks it), since the first
 * call must wait for the module.
 */
export function onFirstCall<T extends AsyncMethods<T>>(build: () => Promise<T>): T {
  let built: Promise<T> | undefined;
  return new Proxy({} as T, {
    get(_target, name) {
      // Methods only: not a thenable, nor anything else asked of an object (symbols).
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]) => {
        built ??= build();
        const repo = await built;
        const method: unknown = repo[name as keyof T];
        if (typeof method !== 'function') throw new TypeError(`no repository method ${name}`);
        return (await Reflect.apply(method, repo, args)) as unknown;
      };
    },
  });
}
