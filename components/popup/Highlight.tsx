import { segments, type Highlighted } from './highlight.ts';

/** Text with `<mark>`ed runs, built as nodes (glossary text never goes through innerHTML). */
export function Highlight(props: { value: Highlighted }) {
  return <>{segments(props.value).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
