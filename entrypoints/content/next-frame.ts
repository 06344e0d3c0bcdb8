/**
 * Resolves once the page has rendered its next frame: after an animation-frame callback (which
 * runs just before rendering), in the task that follows it. A hidden tab renders no frames, so a
 * timeout resolves it anyway.
 */
export function afterNextFrame(win: Window, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      win.clearTimeout(timer);
      win.cancelAnimationFrame(frame);
      resolve();
    };
    const timer = win.setTimeout(finish, timeoutMs);
    const frame = win.requestAnimationFrame(() => win.setTimeout(finish, 0));
  });
}
