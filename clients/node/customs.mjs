// Loads the suite's services from protos/ alone (the google/type and google/rpc protos they import ship in protos/google)
// and reads its errors: every non-OK status carries a google.rpc.Status with an ErrorInfo (reason, legal_basis) and,
// for INVALID_ARGUMENT, a BadRequest with one field violation per problem.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';

export const protoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../protos');

const definition = protoLoader.loadSync(
  ['customs/declarations/v1/declaration_service.proto', 'customs/ipregister/v1/ipregister_service.proto'],
  { includeDirs: [protoRoot], keepCase: true, longs: String, enums: String, defaults: true, oneofs: true });
const loaded = grpc.loadPackageDefinition(definition);

const rpcTypes = new protobuf.Root();
rpcTypes.resolvePath = (_, target) => path.join(protoRoot, target);
rpcTypes.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
const Status = rpcTypes.lookupType('google.rpc.Status');

export function declarations(address) {
  return new loaded.customs.declarations.v1.DeclarationService(address, grpc.credentials.createInsecure());
}

export function ipRegister(address) {
  return new loaded.customs.ipregister.v1.IpRegisterService(address, grpc.credentials.createInsecure());
}

/** Who calls: a bearer token (`./customs token ...` prints one for a running graph) in the authorization header. */
export function caller(token) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

/** Calls a unary RPC as a promise. */
export function call(client, method, request, metadata) {
  return new Promise((resolve, reject) =>
    client[method](request, metadata, (error, response) => (error ? reject(error) : resolve(response))));
}

/** The reason, legal basis and field violations of a failed call, from its grpc-status-details-bin trailer. */
export function errorDetails(error) {
  const [bytes] = error.metadata?.get('grpc-status-details-bin') ?? [];
  if (!bytes) return { code: error.code, reason: undefined, violations: [] };
  const status = Status.decode(bytes);
  const result = { code: error.code, message: status.message, reason: undefined, legalBasis: undefined, violations: [] };
  for (const detail of status.details) {
    const type = rpcTypes.lookupType(detail.type_url.split('/').pop());
    const value = type.decode(detail.value);
    if (type.fullName === '.google.rpc.ErrorInfo') {
      result.reason = value.reason;
      result.legalBasis = value.metadata?.legal_basis;
    } else if (type.fullName === '.google.rpc.BadRequest') {
      result.violations = value.field_violations.map(v => ({ field: v.field, description: v.description }));
    }
  }
  return result;
}
