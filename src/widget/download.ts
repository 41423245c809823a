/** Saves text as a file the borrower downloads; nothing goes over the network. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** RFC 4180 CSV; a cell that starts like a formula gets an apostrophe so spreadsheets do not run it. */
export function toCsv(rows: string[][]): string {
  return rows.map((row) =>
    row.map((cell) => {
      const v = /^[=+\-@\t\r]/.test(cell) ? "'" + cell : cell;
      return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    }).join(",")
  ).join("\r\n") + "\r\n";
}
