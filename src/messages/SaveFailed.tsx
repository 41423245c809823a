import { useEffect, useRef } from "preact/hooks";

/**
 * The browser refused to keep a change (storage full, blocked, private mode): said in words,
 * focused as an error summary is, each time it happens again.
 */
export function SaveFailed(p: { title: string; text: string; focusKey: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [p.focusKey]);
  return (
    <div class="error-summary save-failed" ref={box} tabIndex={-1} role="alert">
      <h2>{p.title}</h2>
      <p>{p.text}</p>
    </div>
  );
}
