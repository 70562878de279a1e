// Behaviour of convertProject, rule by rule. Every generated template is validated against the CloudFormation
// schemas (helpers.ts).

import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { network, project, service } from './factory.js';
import { container, conversionError, convert, keysOf, props, resource, typesCount } from './helpers.js';

describe('naming', () => {
  test('logical IDs strip non-alphanumerics and upper-case the first letter; AWS names keep the raw name', () => {
    const r = convert(project([service('web-app', { ports: [{ target: 80 }] }), service('apiServer')]));
    expect(resource(r, 'WebappService').Type).toBe('AWS::ECS::Service');
    expect(props(r, 'WebappTaskDefinition').Family).toBe('demo-web-app');
    expect(props(r, 'WebappServiceDiscoveryEntry').Name).toBe('web-app');
    expect(resource(r, 'WebappTCP80TargetGroup').Type).toBe('AWS::ElasticLoadBalancingV2::TargetGroup');
    expect(resource(r, 'ApiServerService').Type).toBe('AWS::ECS::Service');
    expect(container(r, 'apiServer').Essential).toBe(true);
  });

  test('two services that normalise alike are an error naming both (Docker overwrote silently)', () => {
    const error = conversionError(project([service('web-app'), service('webapp')]));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/service "webapp" and service "web-app" both become the CloudFormation resource "Webapp/);
  });

  test('names use the stack name where Docker used the project name', () => {
    const r = convert(project([service('web')]), { stackName: 'shop-pr-7' });
    expect(props(r, 'Cluster').ClusterName).toBe('shop-pr-7');
    expect(props(r, 'LogGroup').LogGroupName).toBe('/docker-compose/shop-pr-7');
    expect(props(r, 'CloudMap').Name).toBe('shop-pr-7.local');
    expect(props(r, 'WebTaskDefinition').Family).toBe('shop-pr-7-web');
    expect(container(r, 'web').LogConfiguration.Options['awslogs-stream-prefix']).toBe('shop-pr-7');
  });
});

describe('network facts', () => {
  test('missing VPC and subnets become Parameters, and the Description says so', () => {
    const r = convert(project([service('web', { ports: [{ target: 80 }] })]), { network: {} });
    expect(Object.keys(r.template.Parameters!)).toEqual(['ParameterVPCId', 'ParameterSubnet1Id', 'ParameterSubnet2Id']);
    expect(r.template.Parameters!['ParameterVPCId']!['Type']).toBe('AWS::EC2::VPC::Id');
    expect(r.parameters).toEqual(['ParameterVPCId', 'ParameterSubnet1Id', 'ParameterSubnet2Id']);
    expect(r.template.Description).toMatch(/Network facts unresolved: give ParameterVPCId, ParameterSubnet1Id, ParameterSubnet2Id/);
    expect(props(r, 'CloudMap').Vpc).toEqual({ Ref: 'ParameterVPCId' });
    expect(props(r, 'LoadBalancer').Subnets).toEqual([{ Ref: 'ParameterSubnet1Id' }, { Ref: 'ParameterSubnet2Id' }]);
    expect(props(r, 'WebService').NetworkConfiguration.AwsvpcConfiguration.Subnets).toEqual([{ Ref: 'ParameterSubnet1Id' }, { Ref: 'ParameterSubnet2Id' }]);
  });

  test('resolved facts: no Parameters, no Description', () => {
    const r = convert(project([service('web')]));
    expect(r.template.Parameters).toBeUndefined();
    expect(r.template.Description).toBeUndefined();
    expect(r.parameters).toEqual([]);
  });

  test('inputs beat x-aws-vpc, which beats Parameters; an ARN is reduced to its id', () => {
    const p = project([service('web')], { extensions: { 'x-aws-vpc': 'arn:aws:ec2:us-west-1:123:vpc/vpc-1234acbd' } });
    expect(props(convert(p, { network: { subnets: [{ id: 'subnet-0000aaa1' }, { id: 'subnet-0000aaa2' }] } }), 'DefaultNetwork').VpcId).toBe('vpc-1234acbd');
    expect(props(convert(p), 'DefaultNetwork').VpcId).toBe('vpc-12345678');
    const r = convert(p, { network: {} });
    expect(r.parameters).toEqual(['ParameterSubnet1Id', 'ParameterSubnet2Id']);
    expect(JSON.stringify(r.template)).not.toContain('arn:aws:ec2');
  });

  test('the load balancer goes to the public subnets, the tasks to the task subnets', () => {
    const r = convert(project([service('web', { ports: [{ target: 80 }] })]), {
      network: { vpcId: 'vpc-0a1b2c3d', subnets: [{ id: 'subnet-0000aaa1' }, { id: 'subnet-0000aaa2' }], loadBalancerSubnets: [{ id: 'subnet-0000bbb1' }, { id: 'subnet-0000bbb2' }] },
    });
    expect(props(r, 'LoadBalancer').Subnets).toEqual(['subnet-0000bbb1', 'subnet-0000bbb2']);
    expect(props(r, 'WebService').NetworkConfiguration.AwsvpcConfiguration.Subnets).toEqual(['subnet-0000aaa1', 'subnet-0000aaa2']);
  });

  test('x-aws-vpc of the wrong type is a clear error', () => {
    expect(conversionError(project([service('web')], { extensions: { 'x-aws-vpc': 42 } }), { network: {} }).message).toMatch(/x-aws-vpc must be a VPC id or ARN, got 42/);
    expect(conversionError(project([service('web')], { extensions: { 'x-aws-vpc': 'default' } }), { network: {} }).message).toMatch(/x-aws-vpc: "default" is not a VPC id or ARN/);
  });
});

describe('security groups and ingress', () => {
  test('each network is a security group with a self-referencing ingress; services join theirs', () => {
    const web = service('web', { networks: { 'front-tier': null, 'back-tier': null } });
    const r = convert(project([web], { networks: { 'front-tier': network('front-tier', { name: 'public' }), 'back-tier': network('back-tier', { internal: true }) } }));
    expect(props(r, 'FronttierNetwork').Tags).toContainEqual({ Key: 'com.docker.compose.network', Value: 'public' });
    expect(props(r, 'BacktierNetworkIngress')).toMatchObject({ GroupId: { Ref: 'BacktierNetwork' }, SourceSecurityGroupId: { Ref: 'BacktierNetwork' }, IpProtocol: '-1' });
    expect(props(r, 'WebService').NetworkConfiguration.AwsvpcConfiguration.SecurityGroups).toEqual([{ Ref: 'BacktierNetwork' }, { Ref: 'FronttierNetwork' }]);
  });

  test('internet ingress only for published ports, only on the networks the load balancer uses', () => {
    const web = service('web', { ports: [{ target: 80 }], networks: { front: null, back: null } });
    const db = service('db', { networks: { back: null } });
    const r = convert(project([web, db], { networks: { front: network('front'), back: network('back', { internal: true }) } }));
    expect(props(r, 'Front80Ingress')).toMatchObject({ CidrIp: '0.0.0.0/0', FromPort: 80, ToPort: 80, IpProtocol: 'TCP', GroupId: { Ref: 'FrontNetwork' } });
    expect(r.template.Resources['Back80Ingress']).toBeUndefined();
    expect(props(r, 'LoadBalancer').SecurityGroups).toEqual([{ Ref: 'FrontNetwork' }]);
    // Nothing opens the internal network or a service without ports to the internet.
    const open = Object.values(r.template.Resources).filter((x) => x.Properties?.['CidrIp'] === '0.0.0.0/0');
    expect(open).toHaveLength(1);
  });

  test('an external security group is used as is and never opened unless x-aws-allow_ingress', () => {
    const web = service('web', { ports: [{ target: 80 }] });
    const external = network('default', { external: true, name: 'sg-0123abcd' });
    const r = convert(project([web], { networks: { default: external } }));
    expect(typesCount(r, 'AWS::EC2::SecurityGroup')).toBe(0);
    expect(typesCount(r, 'AWS::EC2::SecurityGroupIngress')).toBe(0);
    expect(props(r, 'WebService').NetworkConfiguration.AwsvpcConfiguration.SecurityGroups).toEqual(['sg-0123abcd']);
    expect(keysOf(r)).toContain('services.web.ports');

    const allowed = convert(project([web], { networks: { default: { ...external, extensions: { 'x-aws-allow_ingress': true } } } }));
    expect(props(allowed, 'Default80Ingress').GroupId).toBe('sg-0123abcd');
    expect(props(allowed, 'LoadBalancer').SecurityGroups).toEqual(['sg-0123abcd']);
  });

  test('an external network not named after a security group is an error', () => {
    const p = project([service('web')], { networks: { default: network('default', { external: true, name: 'my-net' }) } });
    expect(conversionError(p).message).toMatch(/must be named after an existing security group id \(sg-…\), got "my-net"/);
  });
});

describe('load balancer', () => {
  test('ALB when every port is HTTP (80/443 or x-aws-protocol), with security groups and URL outputs', () => {
    const r = convert(project([service('web', { ports: [{ target: 80 }, { target: 8080, extensions: { 'x-aws-protocol': 'http' } }] })]));
    expect(props(r, 'LoadBalancer')).toMatchObject({ Type: 'application', Scheme: 'internet-facing' });
    expect(props(r, 'WebTCP8080Listener')).toMatchObject({ Port: 8080, Protocol: 'HTTP', LoadBalancerArn: { Ref: 'LoadBalancer' } });
    expect(props(r, 'WebTCP8080TargetGroup')).toMatchObject({ Port: 8080, Protocol: 'HTTP', TargetType: 'ip' });
    expect(resource(r, 'WebService').DependsOn).toEqual(['WebTCP8080Listener', 'WebTCP80Listener']);
    expect(r.template.Outputs!['WebTCP8080Url']!.Value).toEqual({ 'Fn::Join': ['', ['http://', { 'Fn::GetAtt': ['LoadBalancer', 'DNSName'] }, ':8080']] });
    expect(Object.keys(r.template.Outputs!)).toEqual(['WebTCP80Url', 'WebTCP8080Url']);
  });

  test('NLB as soon as one port is not HTTP; UDP keeps its protocol', () => {
    const r = convert(project([service('web', { ports: [{ target: 80 }, { target: 88 }] }), service('dns', { ports: [{ target: 53, protocol: 'udp' }] })]));
    expect(props(r, 'LoadBalancer').Type).toBe('network');
    expect(props(r, 'LoadBalancer').SecurityGroups).toBeUndefined();
    expect(props(r, 'LoadBalancer').LoadBalancerAttributes).toEqual([{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }]);
    expect(props(r, 'DnsUDP53Listener').Protocol).toBe('UDP');
    expect(props(r, 'Default53Ingress').IpProtocol).toBe('UDP');
    expect(r.template.Outputs!['DnsUDP53Url']!.Value).toEqual({ 'Fn::Join': ['', ['udp://', { 'Fn::GetAtt': ['LoadBalancer', 'DNSName'] }, ':53']] });
    expect(container(r, 'dns').PortMappings).toEqual([{ ContainerPort: 53, HostPort: 53, Protocol: 'udp' }]);
  });

  test('no ports, no load balancer', () => {
    const r = convert(project([service('web')]));
    expect(typesCount(r, 'AWS::ElasticLoadBalancingV2::LoadBalancer')).toBe(0);
    expect(props(r, 'WebService').LoadBalancers).toBeUndefined();
    expect(r.template.Outputs).toBeUndefined();
  });

  test('x-aws-loadbalancer reuses an existing one of the right type', () => {
    const arn = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188';
    const r = convert(project([service('web', { ports: [{ target: 80 }] })], { extensions: { 'x-aws-loadbalancer': arn } }));
    expect(r.template.Resources['LoadBalancer']).toBeUndefined();
    expect(props(r, 'WebTCP80Listener').LoadBalancerArn).toBe(arn);
    expect(r.template.Outputs).toBeUndefined();
    const nlb = arn.replace('/app/', '/net/');
    expect(conversionError(project([service('web', { ports: [{ target: 80 }] })], { extensions: { 'x-aws-loadbalancer': nlb } })).message).toBe(
      `load balancer "${nlb}" is of type network, project require a application`,
    );
    expect(conversionError(project([service('web', { ports: [{ target: 80 }] })], { extensions: { 'x-aws-loadbalancer': 'my-alb' } })).message).toMatch(/must be the ARN/);
  });

  test('one listener per port across the project', () => {
    const error = conversionError(project([service('a', { ports: [{ target: 80 }] }), service('b', { ports: [{ target: 80 }] })]));
    expect(error.message).toMatch(/port 80 is published twice \(a and b\)/);
  });
});

describe('Docker incompatibilities stay errors, all reported at once', () => {
  test.each([
    ['missing image', service('web', { image: undefined, build: { context: '.' } }), "service web doesn't define a Docker image to run"],
    ['published ≠ target', service('web', { ports: [{ target: 80, published: '8080' }] }), "published port can't be set to a distinct value than container port"],
    ['port range', service('web', { ports: [{ target: 80, published: '8000-8010' }] }), "published port can't be set to a distinct value than container port"],
    ['bind mount', service('web', { volumes: [{ type: 'bind', source: '/html', target: '/usr/share/nginx/html', readOnly: false, extensions: {} }] }), 'ECS Fargate does not support bind mounts from host'],
    ['tmpfs volume', service('web', { volumes: [{ type: 'tmpfs', target: '/tmp', readOnly: false, extensions: {} }] }), 'ECS Fargate does not support tmpfs'],
    ['tmpfs key', service('web', { tmpfs: ['/run'] }), 'ECS Fargate does not support tmpfs'],
    ['cap_add', service('web', { capAdd: ['NET_ADMIN'] }), "ECS doesn't allow to add capability NET_ADMIN"],
  ])('%s', (_, s, message) => {
    expect(conversionError(project([s])).message).toContain(message);
  });

  test('several problems in one error, each with its key and position', () => {
    const p = project([service('a', { capAdd: ['NET_ADMIN'] }), service('b', { image: undefined })], {
      positions: { 'services.a.cap_add[0]': { file: '/work/demo/compose.yaml', line: 5, column: 9 } },
    });
    const error = conversionError(p) as UserError;
    expect(error.diagnostics.map((d) => d.key)).toEqual(['services.a.cap_add[0]', 'services.b']);
    expect(error.message).toContain("/work/demo/compose.yaml:5:9: services.a.cap_add[0]: ECS doesn't allow to add capability NET_ADMIN");
  });
});

describe('task definition and container', () => {
  test("Docker's container mapping", () => {
    const r = convert(
      project([
        service('test', {
          image: 'image',
          command: ['command'],
          entrypoint: ['entrypoint'],
          environment: { ZED: 'last', FOO: 'BAR', UNSET: null },
          labels: { b: '2', a: '1' },
          capAdd: ['SYS_PTRACE'],
          capDrop: ['SYSLOG'],
          init: true,
          user: 'user',
          workingDir: 'working_dir',
          ulimits: { nofile: { soft: 1024, hard: 2048 } },
          deploy: { labels: {}, extensions: {}, resources: { reservations: { memory: 256 * 1024 * 1024, devices: [], genericResources: [] } } },
        }),
      ]),
    );
    expect(container(r, 'test')).toMatchObject({
      Image: 'image',
      Command: ['command'],
      EntryPoint: ['entrypoint'],
      Environment: [
        { Name: 'FOO', Value: 'BAR' },
        { Name: 'ZED', Value: 'last' },
      ],
      DockerLabels: { a: '1', b: '2' },
      LinuxParameters: { Capabilities: { Add: ['SYS_PTRACE'], Drop: ['SYSLOG'] }, InitProcessEnabled: true },
      User: 'user',
      WorkingDirectory: 'working_dir',
      Ulimits: [{ Name: 'nofile', SoftLimit: 1024, HardLimit: 2048 }],
      MemoryReservation: 256,
      Essential: true,
    });
  });

  test('keys Docker dropped that Fargate accepts are mapped; the others are warnings with their key path', () => {
    const r = convert(
      project([
        service('web', {
          readOnly: true,
          stopGracePeriod: 30,
          sysctls: { 'net.core.somaxconn': '1024', 'vm.swappiness': '10' },
          tty: true,
          stdinOpen: true,
          platform: 'linux/arm64',
          privileged: true,
          hostname: 'web1',
          extraHosts: ['a:1.2.3.4'],
          ulimits: { nproc: { soft: 1, hard: 2 } },
          otherKeys: { cgroup_parent: 'x' },
        }),
      ]),
    );
    expect(container(r, 'web')).toMatchObject({
      ReadonlyRootFilesystem: true,
      StopTimeout: 30,
      SystemControls: [{ Namespace: 'net.core.somaxconn', Value: '1024' }],
      PseudoTerminal: true,
      Interactive: true,
    });
    expect(props(r, 'WebTaskDefinition').RuntimePlatform).toEqual({ CpuArchitecture: 'ARM64', OperatingSystemFamily: 'LINUX' });
    expect(keysOf(r)).toEqual(
      expect.arrayContaining(['services.web.privileged', 'services.web.hostname', 'services.web.extra_hosts', 'services.web.ulimits.nproc', 'services.web.cgroup_parent', 'services.web.sysctls.vm.swappiness']),
    );
    expect(container(r, 'web').Hostname).toBeUndefined();
  });

  test('a health check start period becomes the load balancer grace period of a service behind one', () => {
    const check = { test: ['CMD', 'true'], startPeriod: 45.5 };
    const r = convert(project([service('web', { ports: [{ target: 80 }], healthcheck: check }), service('worker', { healthcheck: check }), service('api', { ports: [{ target: 8080 }] })]));
    expect(props(r, 'WebService').HealthCheckGracePeriodSeconds).toBe(46);
    expect(props(r, 'WorkerService')).not.toHaveProperty('HealthCheckGracePeriodSeconds');
    expect(props(r, 'ApiService')).not.toHaveProperty('HealthCheckGracePeriodSeconds');
  });

  test('healthcheck: whole seconds, ECS bounds enforced with a warning, disabled means none', () => {
    const r = convert(project([service('web', { healthcheck: { test: ['CMD-SHELL', 'curl -f localhost'], interval: 1, timeout: 3.7, retries: 3, startPeriod: 0 } })]));
    expect(container(r, 'web').HealthCheck).toEqual({ Command: ['CMD-SHELL', 'curl -f localhost'], Interval: 5, Timeout: 3, Retries: 3 });
    expect(keysOf(r)).toContain('services.web.healthcheck.interval');
    expect(container(convert(project([service('web', { healthcheck: { test: ['NONE'] } })])), 'web').HealthCheck).toBeUndefined();
  });

  test('pinned images replace the reference as written', () => {
    const r = convert(project([service('web', { image: 'nginx:1.27' })]), { pinnedImages: { 'nginx:1.27': 'docker.io/library/nginx:1.27@sha256:abc' } });
    expect(container(r, 'web').Image).toBe('docker.io/library/nginx:1.27@sha256:abc');
  });

  test('search-domain init container: region rule in the template, image off Docker Hub, configurable', () => {
    const r = convert(project([service('web')]));
    const init = container(r, 'web', 'Web_ResolvConf_InitContainer');
    expect(init.Image).toBe('public.ecr.aws/docker/library/alpine:3.20');
    expect(init.Essential).toBe(false);
    expect(init.Command).toContainEqual({ 'Fn::If': ['IsUsEast1', 'ec2.internal', { 'Fn::Sub': '${AWS::Region}.compute.internal' }] });
    expect(init.Command).toContain('demo.local');
    expect(r.template.Conditions!['IsUsEast1']).toEqual({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] });
    expect(container(r, 'web').DependsOn).toEqual([{ Condition: 'SUCCESS', ContainerName: 'Web_ResolvConf_InitContainer' }]);
    const mirrored = convert(project([service('web')], { extensions: { 'x-aws-searchdomain_image': 'registry.example.com/alpine:3' } }), { searchDomainImage: 'ignored' });
    expect(container(mirrored, 'web', 'Web_ResolvConf_InitContainer').Image).toBe('registry.example.com/alpine:3');
  });

  test('logging: awslogs-* options override the defaults, others are warnings', () => {
    const r = convert(
      project([service('web', { logging: { driver: 'json-file', options: { 'awslogs-datetime-format': '%Y', 'max-size': '10m' } } })], {
        extensions: { 'x-aws-logs_retention': 14 },
      }),
    );
    expect(container(r, 'web').LogConfiguration.Options['awslogs-datetime-format']).toBe('%Y');
    expect(props(r, 'LogGroup').RetentionInDays).toBe(14);
    expect(keysOf(r)).toEqual(expect.arrayContaining(['services.web.logging.driver', 'services.web.logging.options.max-size']));
    expect(conversionError(project([service('web')], { extensions: { 'x-aws-logs_retention': 'forever' } })).message).toMatch(/x-aws-logs_retention must be a whole number/);
    expect(conversionError(project([service('web')], { extensions: { 'x-aws-logs_retention': 10 } })).message).toMatch(/retention periods/);
  });
});

describe('Fargate sizing', () => {
  const sized = (cpus?: number, memory?: number) => {
    const r = convert(project([service('t', { deploy: { labels: {}, extensions: {}, resources: { limits: { cpus, memory, devices: [], genericResources: [] } } } })]));
    return [props(r, 'TTaskDefinition').Cpu, props(r, 'TTaskDefinition').Memory];
  };
  const G = 1024 ** 3;
  const M = 1024 ** 2;
  test.each([
    [undefined, undefined, '256', '512'],
    [0.5, undefined, '512', '1024'],
    [0.5, 2048 * M, '512', '2048'],
    [4, 8192 * M, '4096', '8192'],
    [4, 30 * G, '4096', '30720'],
    [0.25, 4 * G, '512', '4096'],
    [8, 60 * G, '8192', '61440'],
    [16, 120 * G, '16384', '122880'],
    [undefined, 100 * G, '16384', '106496'],
  ])('cpus %p memory %p → %s/%s', (cpus, memory, cpu, mem) => {
    expect(sized(cpus, memory)).toEqual([cpu, mem]);
  });

  test('beyond every Fargate size is rejected', () => {
    const s = service('t', { deploy: { labels: {}, extensions: {}, resources: { limits: { cpus: 16, memory: 128 * G, devices: [], genericResources: [] } } } });
    expect(conversionError(project([s])).message).toMatch(/not supported by ECS\/Fargate/);
  });

  test('service-level cpus / mem_limit are used when deploy.resources are absent', () => {
    const r = convert(project([service('t', { cpus: 1, memLimit: 3 * G })]));
    expect([props(r, 'TTaskDefinition').Cpu, props(r, 'TTaskDefinition').Memory]).toEqual(['1024', '3072']);
  });
});

describe('ECS service', () => {
  test('defaults: replicas 1, 200/100, circuit breaker with rollback, public IP, Docker platform version', () => {
    const r = convert(project([service('web')]));
    expect(props(r, 'WebService')).toMatchObject({
      DesiredCount: 1,
      DeploymentConfiguration: { MaximumPercent: 200, MinimumHealthyPercent: 100, DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
      LaunchType: 'FARGATE',
      PlatformVersion: '1.4.0',
      Cluster: { 'Fn::GetAtt': ['Cluster', 'Arn'] },
    });
    expect(props(r, 'WebService').NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp).toBe('ENABLED');
  });

  test('x-aws-assign_public_ip: service beats project', () => {
    const p = project([service('a'), service('b', { extensions: { 'x-aws-assign_public_ip': true } })], { extensions: { 'x-aws-assign_public_ip': false } });
    const r = convert(p);
    expect(props(r, 'AService').NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp).toBe('DISABLED');
    expect(props(r, 'BService').NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp).toBe('ENABLED');
    expect(conversionError(project([service('a', { extensions: { 'x-aws-assign_public_ip': 'no' } })])).message).toMatch(/x-aws-assign_public_ip must be true or false, got string "no"/);
  });

  test('rolling update from parallelism and replicas, or from the percent extensions', () => {
    const deploy = (replicas: number | undefined, parallelism: number | undefined, extensions = {}) => ({
      replicas,
      labels: {},
      extensions: {},
      resources: {},
      updateConfig: { parallelism, extensions },
    });
    const r = convert(project([service('a', { deploy: deploy(4, 2) }), service('b', { deploy: deploy(3, 1) }), service('c', { deploy: deploy(undefined, undefined, { 'x-aws-min_percent': 25, 'x-aws-max_percent': 125 }) })]));
    expect(props(r, 'AService').DeploymentConfiguration).toMatchObject({ MinimumHealthyPercent: 50, MaximumPercent: 150 });
    expect(props(r, 'BService').DeploymentConfiguration).toMatchObject({ MinimumHealthyPercent: 66, MaximumPercent: 133 });
    expect(props(r, 'CService').DeploymentConfiguration).toMatchObject({ MinimumHealthyPercent: 25, MaximumPercent: 125 });
    expect(props(r, 'AService').DesiredCount).toBe(4);
    expect(conversionError(project([service('a', { deploy: deploy(undefined, 1) })])).message).toBe('rolling update configuration require deploy.replicas to be set');
    expect(conversionError(project([service('a', { deploy: deploy(1, 2) })])).message).toBe('deploy.replicas (1) must be greater than deploy.update_config.parallelism (2)');
  });

  test('depends_on becomes DependsOn on the dependency service', () => {
    const r = convert(
      project([service('web', { dependsOn: { db: { condition: 'service_healthy', required: true } } }), service('db')]),
    );
    expect(resource(r, 'WebService').DependsOn).toEqual(['DbService']);
  });

  test('x-aws-cluster: no Cluster resource, Metadata.Cluster, services and autoscaling use it', () => {
    const arn = 'arn:aws:ecs:eu-west-3:123456789012:cluster/demo-cluster';
    const deploy = { labels: {}, resources: {}, extensions: { 'x-aws-autoscaling': { max: 4, cpu: 50 } } };
    const r = convert(project([service('web', { deploy })], { extensions: { 'x-aws-cluster': arn } }));
    expect(r.template.Resources['Cluster']).toBeUndefined();
    expect(r.template.Metadata).toEqual({ Cluster: arn });
    expect(props(r, 'WebService').Cluster).toBe(arn);
    expect(props(r, 'WebScalableTarget').ResourceId).toEqual({ 'Fn::Join': ['/', ['service', 'demo-cluster', { 'Fn::GetAtt': ['WebService', 'Name'] }]] });
  });
});

describe('IAM', () => {
  test('x-aws-pull_credentials: repository credentials and one inline policy on the execution role', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:creds';
    const r = convert(project([service('foo', { extensions: { 'x-aws-pull_credentials': arn } })]));
    expect(container(r, 'foo').RepositoryCredentials).toEqual({ CredentialsParameter: arn });
    expect(props(r, 'FooTaskExecutionRole').Policies).toEqual([
      {
        PolicyName: 'fooGrantAccessToSecrets',
        PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'ssm:GetParameters', 'kms:Decrypt'], Resource: [arn] }] },
      },
    ]);
  });

  test('x-aws-role and x-aws-policies make the task role', () => {
    const role = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] };
    const r = convert(project([service('test', { extensions: { 'x-aws-role': role, 'x-aws-policies': ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] } })]));
    expect(props(r, 'TestTaskRole').Policies).toEqual([{ PolicyName: 'TestPolicy', PolicyDocument: role }]);
    expect(props(r, 'TestTaskRole').ManagedPolicyArns).toEqual(['arn:aws:iam::aws:policy/AmazonS3FullAccess']);
    expect(props(r, 'TestTaskDefinition').TaskRoleArn).toEqual({ 'Fn::GetAtt': ['TestTaskRole', 'Arn'] });
    expect(props(convert(project([service('test')])), 'TestTaskDefinition').TaskRoleArn).toBeUndefined();
  });

  test('wrong extension types are clear errors (Docker crashed)', () => {
    expect(conversionError(project([service('t', { extensions: { 'x-aws-policies': 5 } })])).message).toMatch(/x-aws-policies must be a list of strings, got number 5/);
    expect(conversionError(project([service('t', { extensions: { 'x-aws-role': 'arn:aws:iam::1:role/x' } })])).message).toMatch(/x-aws-role must be a mapping/);
  });
});

describe('autoscaling', () => {
  const withScaling = (value: unknown, replicas?: number) => project([service('foo', { deploy: { replicas, labels: {}, resources: {}, extensions: { 'x-aws-autoscaling': value } } })]);
  test('target tracking on CPU', () => {
    const r = convert(withScaling({ cpu: 75, max: 10 }, 2));
    expect(props(r, 'FooScalableTarget')).toMatchObject({ MaxCapacity: 10, MinCapacity: 2, ScalableDimension: 'ecs:service:DesiredCount', ServiceNamespace: 'ecs' });
    expect(props(r, 'FooScalingPolicy').TargetTrackingScalingPolicyConfiguration).toMatchObject({
      TargetValue: 75,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    });
  });
  test('an auto-scaled service leaves DesiredCount to the policy, so a deployment does not reset it; others keep it', () => {
    const r = convert(project([
      service('foo', { deploy: { replicas: 2, labels: {}, resources: {}, extensions: { 'x-aws-autoscaling': { cpu: 60, max: 6 } } } }),
      service('bar', { deploy: { replicas: 3, labels: {}, resources: {}, extensions: {} } }),
    ]));
    expect(props(r, 'FooService')).not.toHaveProperty('DesiredCount');
    expect(props(r, 'FooScalableTarget').MinCapacity).toBe(2);
    expect(props(r, 'BarService').DesiredCount).toBe(3);
  });
  test('memory target', () => {
    const r = convert(withScaling({ memory: 80, min: 1, max: 3 }));
    expect(props(r, 'FooScalingPolicy').TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification.PredefinedMetricType).toBe('ECSServiceAverageMemoryUtilization');
  });
  test.each([
    [{ cpu: 75, memory: 80, max: 10 }, "x-aws-autoscaling can't be set with both cpu and memory targets"],
    [{ cpu: 75 }, 'x-aws-autoscaling MUST define max replicas'],
    [{ max: 3 }, 'must define a cpu or memory target'],
    [{ cpu: 'high', max: 3 }, 'cpu must be a whole number from 1 to 100'],
    ['75%', 'x-aws-autoscaling must be a mapping'],
  ])('%p is rejected', (value, message) => {
    expect(conversionError(withScaling(value)).message).toContain(message);
  });
});

describe('overlay', () => {
  test('maps deep-merge, lists and scalars replace, null deletes', () => {
    const overlay = {
      Resources: {
        WebappTCP80TargetGroup: { Properties: { HealthCheckPath: '/health', Matcher: { HttpCode: '200-499' }, Tags: [{ Key: 'team', Value: 'a' }] } },
        WebappTCP80Listener: { Properties: { Protocol: 'HTTPS', Port: 443, Certificates: [{ CertificateArn: 'arn:aws:acm:eu-west-3:123456789012:certificate/x' }] } },
        LogGroup: { Properties: { Tags: null } },
      },
    };
    const r = convert(project([service('webapp', { ports: [{ target: 80 }] })], { extensions: { 'x-aws-cloudformation': overlay } }));
    expect(props(r, 'WebappTCP80TargetGroup')).toMatchObject({ HealthCheckPath: '/health', Matcher: { HttpCode: '200-499' }, Port: 80, TargetType: 'ip', Tags: [{ Key: 'team', Value: 'a' }] });
    expect(props(r, 'WebappTCP80Listener')).toMatchObject({ Protocol: 'HTTPS', Port: 443, LoadBalancerArn: { Ref: 'LoadBalancer' } });
    expect(props(r, 'LogGroup').Tags).toBeUndefined();
  });

  test('a new resource needs a Type: a misspelled logical ID is caught', () => {
    const p = project([service('webapp', { ports: [{ target: 80 }] })], { extensions: { 'x-aws-cloudformation': { Resources: { WebappTCP80TargetGrup: { Properties: {} } } } } });
    expect(conversionError(p).message).toMatch(/WebappTCP80TargetGrup is not a generated resource and has no Type/);
  });
});

describe('limits', () => {
  test('more than 500 resources is an error suggesting a split', () => {
    const services = Array.from({ length: 130 }, (_, i) => service(`s${i}`));
    expect(conversionError(project(services)).message).toMatch(/has \d+ resources, more than CloudFormation's 500 per stack: split the project/);
  });

  test('over 51,200 bytes is a warning that the S3 path is needed', () => {
    const environment = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`VARIABLE_${i}`, 'x'.repeat(100)]));
    const r = convert(project([service('web', { environment })]));
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/more than the 51200 bytes CloudFormation accepts inline: deploying it needs the s3-bucket input/);
  });

  test('over 1 MB is an error', () => {
    const environment = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`VARIABLE_${i}`, 'x'.repeat(600)]));
    expect(conversionError(project([service('web', { environment })])).message).toMatch(/more than CloudFormation's 1048576 \(1 MB\)/);
  });
});
