export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) process.stderr.write(`[module] ${url}\n`);
  return nextLoad(url, context);
}
