import { useEffect, useRef, useState } from 'preact/hooks';
import { pack as shippedPack } from '../../glossary/pack.ts';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import { indexOf } from './pack-index.ts';
import type { TermId } from '../../glossary/model/term.ts';
import { TermCard, type TermCardProps } from './TermCard.tsx';

export interface TermBrowserProps extends Omit<
  TermCardProps,
  'termId' | 'onOpenTerm' | 'back' | 'headingRef'
> {
  /** The term to show first; a new value starts a new history. */
  termId: TermId;
  /** Told whenever the shown term changes (the popover names its dialog after it). */
  onTermChange?: ((termId: TermId) => void) | undefined;
}

/** Steps through terms: related terms open in place, and "Back" returns to the one before. */
export function useTermHistory(initial: TermId) {
  const [stack, setStack] = useState<TermId[]>([initial]);
  // A new starting term (another mark hovered, another search result) is a fresh history.
  const [startedWith, setStartedWith] = useState(initial);
  if (startedWith !== initial) {
    setStartedWith(initial);
    setStack([initial]);
  }
  const current = stack[stack.length - 1] ?? initial;
  const previous = stack.length > 1 ? stack[stack.length - 2] : undefined;
  return {
    current,
    previous,
    open: (id: TermId) => setStack((s) => (s[s.length - 1] === id ? s : [...s, id])),
    back: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
  };
}

/** The term card with in-place navigation between related terms. */
export function TermBrowser(props: TermBrowserProps) {
  const { termId, onTermChange, ...cardProps } = props;
  const history = useTermHistory(termId);
  const heading = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const p: GlossaryPack = props.pack ?? shippedPack;

  useEffect(() => {
    onTermChange?.(history.current);
    // After moving in place, keyboard and screen-reader users land on the new term's name.
    if (navigated.current) heading.current?.focus({ preventScroll: false });
    navigated.current = false;
  }, [history.current]);

  const previousLabel =
    history.previous === undefined
      ? undefined
      : (indexOf(p).termById.get(history.previous)?.label ?? history.previous);

  return (
    <TermCard
      {...cardProps}
      termId={history.current}
      headingRef={heading}
      onOpenTerm={(id) => {
        navigated.current = true;
        history.open(id);
      }}
      back={
        previousLabel === undefined
          ? undefined
          : {
              label: previousLabel,
              onBack: () => {
                navigated.current = true;
                history.back();
              },
            }
      }
    />
  );
}
