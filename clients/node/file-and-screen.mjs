// Files a declaration, registers it as an officer, screens its goods against the IP register and looks goods up; then
// shows how a refused request reads. Usage, with a graph running (`./customs up` prints the grpc endpoints):
//   DECLARATIONS_ADDRESS=127.0.0.1:PORT IPREGISTER_ADDRESS=127.0.0.1:PORT \
//   DECLARANT_TOKEN=$(./customs token --declarant 7707083893) \
//   OFFICER_TOKEN=$(./customs token --officer 42 --office 10005020 --role inspector) \
//   node clients/node/file-and-screen.mjs
import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import grpc from '@grpc/grpc-js';
import { declarations, ipRegister, caller, call, errorDetails } from './customs.mjs';

process.on('uncaughtException', error => {
  console.error(error.message, JSON.stringify(errorDetails(error)));
  process.exit(1);
});

const declarationService = declarations(required('DECLARATIONS_ADDRESS'));
const registerService = ipRegister(required('IPREGISTER_ADDRESS'));
const declarant = caller(required('DECLARANT_TOKEN'));
const officer = caller(required('OFFICER_TOKEN'));

// File: a commercial import by Sberbank (INN 7707083893) at the Moscow customs office 10005020.
const filed = (await call(declarationService, 'FileDeclaration', {
  request_id: randomUUID(),
  kind: 'DECLARATION_KIND_COMMERCIAL_IMPORT',
  customs_office_code: '10005020',
  declarant: {
    kind: 'PARTY_KIND_LEGAL_PERSON', name: 'Sberbank', taxpayer_number: '7707083893',
    address: 'Moscow, Vavilova 19', country_code: 'RU',
  },
  presentation_date: { year: 2026, month: 3, day: 2 },
  presentation_place: 'Sheremetyevo cargo terminal',
  items: [{
    description: "Men's cotton trousers", tariff_code: '6203423100', brand: 'Acme', origin_country_code: 'IT',
    quantity: { value: '120' }, unit: 'pcs', gross_weight_kg: { value: '65.5' }, net_weight_kg: { value: '60' },
    invoice_value: { currency_code: 'EUR', units: '4800', nanos: 0 },
    customs_value: { currency_code: 'EUR', units: '5100', nanos: 0 }, customs_value_method: 1,
    intended_use: 'INTENDED_USE_COMMERCIAL',
  }],
}, declarant)).declaration;
assert.equal(filed.status, 'DECLARATION_STATUS_FILED');
assert.equal(filed.items[0].gross_weight_kg.value, '65.5');
console.log(`filed ${filed.declaration_id}, version ${filed.version}`);

// Register (an officer accepts it, Arts. 325-326); the IP register then screens it on its own.
const registered = (await call(declarationService, 'RegisterDeclaration',
  { declaration_id: filed.declaration_id, expected_version: filed.version }, officer)).declaration;
assert.equal(registered.status, 'DECLARATION_STATUS_UNDER_CONTROL');
console.log(`registered as ${registered.registration_number}, control deadline ${JSON.stringify(registered.control_deadline)}`);

// Screen a declaration's goods as an officer (may hold release, Art. 397(1)), and look goods up (holds nothing).
const screened = await call(registerService, 'ScreenDeclaration', {
  declaration_id: randomUUID(), registration_number: '10005020/021226/0000001', customs_office_code: '10005020',
  channel: 'DECLARATION_CHANNEL_COMMERCIAL',
  declarant: { name: 'Sberbank', address: 'Moscow, Vavilova 19', taxpayer_number: '7707083893' },
  items: [{ item_number: 1, tariff_code: '6203423100', brand: 'Acme', quantity: { value: '120' } }],
}, officer);
console.log(`screened: ${screened.results.map(r => `item ${r.item_number} ${r.outcome}`).join(', ')}`);
const looked = await call(registerService, 'LookUpGoods', {
  customs_office_code: '10005020', channel: 'DECLARATION_CHANNEL_PASSENGER', declarant_is_natural_person: true,
  for_personal_use: true, items: [{ tariff_code: '8517130000', brand: 'Xiaomi', quantity: { value: '1' } }],
}, declarant);
assert.equal(looked.results.length, 1);
console.log(`looked up: ${looked.results.map(r => r.outcome).join(', ')}`);

// A refused request: the reason and the field violations, machine-readable.
try {
  await call(declarationService, 'RegisterDeclaration', { declaration_id: filed.declaration_id, expected_version: filed.version }, officer);
  assert.fail('a second registration must be refused');
} catch (error) {
  const details = errorDetails(error);
  assert.equal(details.code, grpc.status.ABORTED);
  assert.equal(details.reason, 'DECLARATION_VERSION_CONFLICT');
  console.log(`refused: ${details.reason}: ${details.message}`);
}
try {
  await call(declarationService, 'GetDeclaration', { declaration_id: 'not-a-uuid\u0000' }, officer);
  assert.fail('a NUL character must be refused');
} catch (error) {
  const details = errorDetails(error);
  assert.equal(details.code, grpc.status.INVALID_ARGUMENT);
  assert.equal(details.reason, 'INVALID_REQUEST');
  assert.deepEqual(details.violations.map(v => v.field), ['declaration_id']);
  console.log(`refused: ${details.reason}: ${details.violations.map(v => `${v.field} ${v.description}`).join('; ')}`);
}

declarationService.close();
registerService.close();
console.log('ok');

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name}: the services' grpc endpoints (host:port) as \`./customs up\` prints them, tokens from \`./customs token\`.`);
    process.exit(2);
  }
  return value;
}
