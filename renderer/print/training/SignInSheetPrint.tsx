// Sign-in sheets of a session: name, organisation, a box to sign.
import { Preparing } from '../PrintParts';

export function SignInSheetPrint() {
  return <Preparing />;
}
