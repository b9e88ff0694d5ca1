/*
 * cw52: found by trying "Is port 8050 free?" on each host tool's answer when nothing holds the port (no set missed it yet).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw52: Get-NetTCPConnection finding nothing (host-tools-read.ts)', () => {
  it('the cmdlet`s own "No MSFT_NetTCPConnection objects found with property" (without -State): partial, the port looks free', async () => {
    const text = [
      'PS C:\\Users\\me> Get-NetTCPConnection -LocalPort 8050',
      "Get-NetTCPConnection : No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '8050'.  Verify the value of the property and retry.",
      'At line:1 char:1',
    ].join('\n');
    expect(await check('reach:port-free', text)).toMatchObject({ kind: 'partial', details: { variant: 'free' } });
  });
  it('the same message for another port says nothing of 8050', async () => {
    const text =
      "PS C:\\> Get-NetTCPConnection -LocalPort 8051\nGet-NetTCPConnection : No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '8051'.";
    expect((await check('reach:port-free', text)).details.variant).not.toBe('free');
  });
});
