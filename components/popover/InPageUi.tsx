import { Popover, type PopoverProps } from './Popover.tsx';

export interface InPageUiProps {
  /** The open popover, if any; `openId` changes with each opening so each one starts fresh. */
  popover: (PopoverProps & { openId: number }) | null;
  /** The last thing said to screen readers (a polite live region: never interrupts). */
  announcement: string;
}

/** Everything we render into our shadow root. */
export function InPageUi(props: InPageUiProps) {
  const { popover } = props;
  return (
    <>
      <div class="nk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {props.announcement}
      </div>
      {popover && <Popover key={popover.openId} {...popover} />}
    </>
  );
}
