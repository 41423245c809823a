import { useEffect, useState } from "preact/hooks";
import { format } from "../i18n/format.ts";
import type { SearchHit } from "../search/client.ts";

interface Props {
  query: string;
  one: string;
  many: string;
}

/** Up to three guides that might answer the summary, found 500 ms after typing stops; never blocks. */
export function Suggestions({ query, one, many }: Props) {
  const [hits, setHits] = useState<SearchHit[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 3) {
      setHits([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      // The search client loads the first time suggestions are needed, not with the page.
      import("../search/client.ts").then(({ searchHelp }) => searchHelp(q, 3)).then(
        (found) => live && setHits(found),
        () => live && setHits([]),
      );
    }, 500);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  const n = hits.length;
  return (
    <div class="suggestions">
      <p role="status" class="hint">
        {n ? (n === 1 ? one : format(many, { count: n })) : ""}
      </p>
      {n > 0 && (
        <ul>
          {hits.map((h) => (
            <li key={h.url}>
              <a href={h.url}>{h.title}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
