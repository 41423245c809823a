/** A download size as the save button shows it: megabytes, one decimal, in the page's language. */
export function formatSize(bytes: number, locale: string): string {
  const megabytes = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.max(bytes, 100_000) / 1_000_000);
  return `${megabytes} MB`;
}
