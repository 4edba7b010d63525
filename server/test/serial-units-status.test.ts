import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SerialUnitStatus } from '@contract';
import { refuseTransition, type UnitAction } from '../src/modules/serial-units/unit-status';

/**
 * The whole table: every action from every status to every status. Allowed (DOMAIN.md): install
 * ok → installed; uninstall installed → ok; take back installed → ok | needs_repair | obsolete;
 * repair needs_repair → ok | obsolete. Everything else is refused; obsolete is final.
 */
const allowed = new Set([
  'install ok→installed',
  'uninstall installed→ok',
  'take_back installed→ok',
  'take_back installed→needs_repair',
  'take_back installed→obsolete',
  'repair needs_repair→ok',
  'repair needs_repair→obsolete',
]);
const serialUnitStatuses = SerialUnitStatus.options;
const actions: UnitAction[] = ['install', 'uninstall', 'take_back', 'repair'];

test('every transition of every action: the allowed ones pass, all others are refused', () => {
  let refused = 0;
  for (const action of actions) {
    for (const from of serialUnitStatuses) {
      for (const to of serialUnitStatuses) {
        const key = `${action} ${from}→${to}`;
        const refusal = refuseTransition(from, action, to);
        if (allowed.has(key)) assert.equal(refusal, null, key);
        else {
          assert.equal(refusal?.code, 'invalid_transition', key);
          assert.deepEqual(refusal?.details, { from, to, action }, key);
          refused += 1;
        }
      }
    }
  }
  assert.equal(refused, actions.length * 16 - allowed.size);
});

test('nothing leaves obsolete, whatever the action', () => {
  for (const action of actions) {
    for (const to of serialUnitStatuses) {
      assert.match(refuseTransition('obsolete', action, to)!.message, /retired for good/);
    }
  }
});
