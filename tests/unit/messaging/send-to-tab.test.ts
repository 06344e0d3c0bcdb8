import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToTab } from '../../../messaging/send-to-tab.ts';

const tabs = fakeBrowser.tabs as unknown as { sendMessage: ReturnType<typeof vi.fn> };

describe('sendToTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    tabs.sendMessage = vi.fn();
  });

  it('sends the library’s wire format and returns the answer', async () => {
    tabs.sendMessage.mockResolvedValue({ res: true });
    await expect(sendToTab(4, 'revealTerm', { termId: 'donju' })).resolves.toBe(true);
    expect(tabs.sendMessage).toHaveBeenCalledWith(
      4,
      expect.objectContaining({
        type: 'revealTerm',
        data: { termId: 'donju' },
        id: expect.any(Number),
        timestamp: expect.any(Number),
      }),
    );
  });

  it('rejects with the handler’s error, on no answer, and where no content script listens', async () => {
    tabs.sendMessage.mockResolvedValueOnce({ err: { message: 'boom' } });
    await expect(sendToTab(4, 'getPageState', undefined)).rejects.toThrow('boom');
    tabs.sendMessage.mockResolvedValueOnce(undefined);
    await expect(sendToTab(4, 'getPageState', undefined)).rejects.toThrow(/No answer to getPageState/);
    tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await expect(sendToTab(4, 'getPageState', undefined)).rejects.toThrow('Receiving end does not exist.');
  });
});
