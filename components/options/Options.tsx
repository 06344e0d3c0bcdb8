import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import {
  DETECTION_MODES,
  MARK_STYLES,
  type DetectionMode,
  type MarkStyle,
  type Settings,
} from '../../settings/model.ts';
import {
  MAX_IMPORT_BYTES,
  exportFileName,
  exportSettings,
  parseSettingsFile,
} from '../../settings/transfer.ts';
import type { OptionsHost } from './host.ts';

const MODE_TEXT: Record<DetectionMode, { label: string; hint: string }> = {
  auto: {
    label: 'Automatic',
    hint: 'Mark terms on pages detected as being about North Korea (recommended).',
  },
  always: { label: 'Always on', hint: 'Mark terms on every page, detected or not.' },
  off: { label: 'Off everywhere', hint: 'Mark nothing anywhere. Your site list is kept.' },
};

const STYLE_TEXT: Record<MarkStyle, { label: string; hint: string }> = {
  underline: { label: 'Underline', hint: 'A dashed line under each term.' },
  background: { label: 'Background', hint: 'A light tint behind each term.' },
  off: { label: 'No marks', hint: 'Find terms (badge, popup) without marking the page.' },
};

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** The options page: detection mode, marks, the site list, and export/import of it all. */
export function Options(props: { host: OptionsHost }) {
  const { host } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void host.getSettings().then((s) => live && setSettings(s));
    const stop = host.watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, [host]);

  if (!settings) return <p class="loading">Loading settings…</p>;

  const save = (next: Settings, message = 'Saved.') => {
    setSettings(next);
    void host.saveSettings(next).then(
      () => setNotice({ kind: 'ok', text: message }),
      () => setNotice({ kind: 'error', text: 'Could not save the settings.' }),
    );
  };

  const removeSite = (key: string) => {
    const sites = { ...settings.sites };
    delete sites[key];
    save({ ...settings, sites }, `Removed ${key}: it follows the detection mode again.`);
  };

  const exportNow = () => {
    const now = host.now();
    host.download(exportFileName(now), exportSettings(settings, now));
    setNotice({ kind: 'ok', text: 'Settings exported.' });
  };

  const importFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    const reset = () => {
      if (file.current) file.current.value = '';
    };
    if (chosen.size > MAX_IMPORT_BYTES) {
      reset();
      setNotice({
        kind: 'error',
        text: `“${chosen.name}”: this file is too large to be NK Context settings. Nothing was changed.`,
      });
      return;
    }
    const result = parseSettingsFile(await chosen.text());
    reset();
    if (!result.ok) {
      setNotice({ kind: 'error', text: `“${chosen.name}”: ${result.message} Nothing was changed.` });
      return;
    }
    const sites = Object.keys(result.settings.sites).length;
    save(
      result.settings,
      `Imported “${chosen.name}”: ${sites} ${sites === 1 ? 'site' : 'sites'}, mode ${MODE_TEXT[result.settings.mode].label.toLowerCase()}.`,
    );
  };

  const siteKeys = Object.keys(settings.sites).sort((a, b) => a.localeCompare(b));

  return (
    <main class="options">
      <h1>NK Context options</h1>

      <Section title="Where to mark terms">
        <fieldset class="choices">
          <legend class="visually-hidden">Detection mode</legend>
          {DETECTION_MODES.map((mode) => (
            <Choice
              key={mode}
              name="mode"
              checked={settings.mode === mode}
              label={MODE_TEXT[mode].label}
              hint={MODE_TEXT[mode].hint}
              onSelect={() => save({ ...settings, mode })}
            />
          ))}
        </fieldset>
      </Section>

      <Section title="How marks look">
        <fieldset class="choices">
          <legend class="visually-hidden">Mark style</legend>
          {MARK_STYLES.map((style) => (
            <Choice
              key={style}
              name="markStyle"
              checked={settings.markStyle === style}
              label={STYLE_TEXT[style].label}
              hint={STYLE_TEXT[style].hint}
              onSelect={() => save({ ...settings, markStyle: style })}
            />
          ))}
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.firstOccurrenceOnly}
            onChange={(e) =>
              save({ ...settings, firstOccurrenceOnly: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          <span>
            Mark only the first occurrence of each term
            <span class="hint">Fewer marks on long articles; the popup still counts them all.</span>
          </span>
        </label>
      </Section>

      <Section title="Sites">
        <p class="hint">
          Set from the toolbar button on a page. A rule also covers the site’s subdomains, and “www.” is
          ignored.
        </p>
        {siteKeys.length === 0 ? (
          <p class="empty">No site rules yet: every site follows the detection mode.</p>
        ) : (
          <table class="sites">
            <caption class="visually-hidden">Sites switched on or off</caption>
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">Rule</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {siteKeys.map((key) => (
                <tr key={key}>
                  <th scope="row">{key}</th>
                  <td>{settings.sites[key] === 'on' ? 'On, even if not detected' : 'Off'}</td>
                  <td>
                    <button
                      type="button"
                      class="button"
                      aria-label={`Remove ${key}`}
                      onClick={() => removeSite(key)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title="Export and import">
        <p class="hint">A JSON file with all of the above, to keep or to move to another browser.</p>
        <p class="row">
          <button type="button" class="button" onClick={exportNow}>
            Export settings
          </button>
          <label class="button">
            Import settings…
            <input
              ref={file}
              class="visually-hidden"
              type="file"
              accept=".json,application/json"
              onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])}
            />
          </label>
        </p>
      </Section>

      <p
        class={`notice${notice ? ` notice--${notice.kind}` : ''}`}
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        aria-live={notice?.kind === 'error' ? 'assertive' : 'polite'}
      >
        {notice?.text}
      </p>
    </main>
  );
}

function Section(props: { title: string; children: ComponentChildren }) {
  const id = `nk-${props.title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

function Choice(props: {
  name: string;
  checked: boolean;
  label: string;
  hint: string;
  onSelect: () => void;
}) {
  return (
    <label class="check">
      <input type="radio" name={props.name} checked={props.checked} onChange={props.onSelect} />
      <span>
        {props.label}
        <span class="hint">{props.hint}</span>
      </span>
    </label>
  );
}
