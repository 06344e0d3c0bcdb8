import { render } from 'preact';
import { Options } from '../../components/options/Options.tsx';
import '../../components/theme/page-tokens.css';
import '../../components/options/options.css';
import type { OptionsHost } from '../../components/options/host.ts';
import { getSettings, saveSettings, watchSettings } from '../../settings/storage.ts';

const host: OptionsHost = {
  getSettings,
  watchSettings,
  saveSettings,
  // A download through a link: no `downloads` permission needed.
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  now: () => new Date(),
};

render(<Options host={host} />, document.getElementById('app')!);
