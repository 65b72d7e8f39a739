// Finds the bundle the operating system asked us to open (a double-clicked .opmb) in the arguments.

export const bundleExtension = '.opmb';

/** The last argument naming a .opmb file, or null; flags (-x, --x) are never file names. */
export function bundlePathFromArgs(args: readonly string[]): string | null {
  const candidates = args.filter(
    (arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(bundleExtension),
  );
  return candidates.at(-1) ?? null;
}
