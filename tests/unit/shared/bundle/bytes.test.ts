import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexAsync, utf8 } from '@shared/bundle/bytes';

describe('SHA-256', () => {
  it('gives the known digest, natively and in JavaScript alike', async () => {
    const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(sha256Hex(new Uint8Array())).toBe(empty);
    expect(await sha256HexAsync(new Uint8Array())).toBe(empty);
    const thai = utf8('อาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์'.repeat(1000));
    expect(await sha256HexAsync(thai)).toBe(sha256Hex(thai));
  });
});
