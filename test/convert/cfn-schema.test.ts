// The validator itself must catch what it claims to, or every "validates" assertion elsewhere means nothing.
import { describe, expect, test } from '@jest/globals';
import type { Template } from '../../src/convert/index.js';
import { loadCfnSchema } from './cfn-schema.js';

const schema = loadCfnSchema();

describe('cfn-schema validator', () => {
  test('finds unknown types, misspelled and missing properties, wrong types and dangling references', () => {
    const bad: Template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        TaskDef: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefintions: [] } },
        TaskDef2: {
          Type: 'AWS::ECS::TaskDefinition',
          DependsOn: ['Nowhere'],
          Properties: {
            ContainerDefinitions: [{ Name: 'x', Essential: 'yes', PortMappings: [{ ContainerPort: '80' }] }],
            ExecutionRoleArn: { Ref: 'Missing' },
            TaskRoleArn: { 'Fn::GetAtt': ['TaskDef', 'Nope'] },
          },
        },
        Bogus: { Type: 'AWS::ECS::TaskDefinitionn' },
        Service: { Type: 'AWS::ECS::Service', Properties: { LaunchType: 'LAMBDA' } },
      },
    };
    const errors = schema.validate(bad);
    const expected = [
      'Resources.TaskDef.Properties.ContainerDefintions: unknown property (did you mean ContainerDefinitions?)',
      'Resources.TaskDef2.Properties.ContainerDefinitions[0].Essential: expected a boolean, got "yes"',
      'Resources.TaskDef2.Properties.ContainerDefinitions[0].PortMappings[0].ContainerPort: expected an integer, got "80"',
      'Resources.TaskDef2.Properties.ContainerDefinitions[0]: missing required property Image',
      'Resources.TaskDef2.DependsOn: no resource Nowhere',
      'Resources.Bogus: unknown resource type AWS::ECS::TaskDefinitionn',
      'Resources.Service.Properties.LaunchType: expected one of EC2|FARGATE|EXTERNAL, got "LAMBDA"',
      'Template.Resources.TaskDef2.Properties.ExecutionRoleArn: Ref to unknown Missing',
      'Template.Resources.TaskDef2.Properties.TaskRoleArn: AWS::ECS::TaskDefinition has no attribute Nope',
    ];
    for (const e of expected) expect(errors).toContain(e);
    expect(errors).toHaveLength(expected.length);
  });

  test('accepts a valid template with intrinsics', () => {
    const good: Template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { Vpc: { Type: 'AWS::EC2::VPC::Id' } },
      Resources: {
        Group: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', VpcId: { Ref: 'Vpc' }, Tags: [{ Key: 'a', Value: 'b' }] } },
      },
    };
    expect(schema.validate(good)).toEqual([]);
  });
});
