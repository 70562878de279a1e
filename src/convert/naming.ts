// Logical IDs, exactly as Docker's ECS integration derived them, so stacks it created update in place instead of
// being replaced. Collisions are detected (Docker let them overwrite each other silently).

/**
 * Docker's `normalizeResourceName`: strip every run of non-alphanumerics, then upper-case the first letter only
 * (`web-app` → `Webapp`, `back_tier` → `Backtier`, `apiServer` → `ApiServer`, `subnet-0ab1` → `Subnet0ab1`).
 */
export function normalizeResourceName(name: string): string {
  const stripped = name.replace(/[^a-zA-Z0-9]+/g, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

/** `<S>Service`: the ECS service of a Compose service; other services' DependsOn point at it. */
export const serviceLogicalId = (service: string): string => `${normalizeResourceName(service)}Service`;
export const taskDefinitionLogicalId = (service: string): string => `${normalizeResourceName(service)}TaskDefinition`;
export const taskExecutionRoleLogicalId = (service: string): string => `${normalizeResourceName(service)}TaskExecutionRole`;
export const taskRoleLogicalId = (service: string): string => `${normalizeResourceName(service)}TaskRole`;
export const discoveryEntryLogicalId = (service: string): string => `${normalizeResourceName(service)}ServiceDiscoveryEntry`;
/** `<N>Network`: the security group of a Compose network. */
export const networkLogicalId = (network: string): string => `${normalizeResourceName(network)}Network`;
/** `<N>NetworkIngress`: the self-referencing rule that lets a network's members talk to each other. */
export const networkIngressLogicalId = (network: string): string => `${normalizeResourceName(network)}NetworkIngress`;
/** `<N><port>Ingress`: internet ingress for a published port (Docker's name; it ignores the service). */
export const portIngressLogicalId = (network: string, port: number): string => `${normalizeResourceName(network)}${port}Ingress`;
/** `<S><PROTO><port>TargetGroup`, PROTO being the Compose protocol (TCP) even for HTTP listeners. */
export const targetGroupLogicalId = (service: string, protocol: string, port: number): string =>
  `${normalizeResourceName(service)}${protocol.toUpperCase()}${port}TargetGroup`;
export const listenerLogicalId = (service: string, protocol: string, port: number): string =>
  `${normalizeResourceName(service)}${protocol.toUpperCase()}${port}Listener`;
/** `<N>Filesystem`: the EFS file system of a Compose volume. */
export const volumeLogicalId = (volume: string): string => `${normalizeResourceName(volume)}Filesystem`;

/** Init containers are named `<S>_<Purpose>_InitContainer` (Docker's names; e.g. `Web_ResolvConf_InitContainer`). */
export const initContainerName = (service: string, purpose: string): string => `${normalizeResourceName(service)}_${purpose}_InitContainer`;

export const PROJECT_TAG = 'com.docker.compose.project';
export const SERVICE_TAG = 'com.docker.compose.service';
export const NETWORK_TAG = 'com.docker.compose.network';
export const VOLUME_TAG = 'com.docker.compose.volume';

/** CloudFormation logical IDs: alphanumeric, at most 255 characters. */
export const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;
