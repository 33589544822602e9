/**
 * False on the first render, true once the browser has painted it: a page renders what its first
 * screen needs at once and fills in the rest after that paint (a frame, then a task after it).
 */
import { useEffect, useState } from 'preact/hooks';

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
