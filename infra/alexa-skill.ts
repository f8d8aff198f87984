import { rmSync } from 'node:fs';
import { SecretValue } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { stageSkillPackage } from './skill-package';

/** The service principal Alexa uses both to invoke skill endpoints and to read skill packages. */
export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

/** Names (never values) of the Secrets Manager secrets holding the Login-with-Amazon credentials. */
export interface LwaSecretNames {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
}

export interface AlexaSkillProps {
  /** Vendor ID of the Amazon developer account that will own the skill. */
  readonly vendorId: string;
  readonly lwaSecrets: LwaSecretNames;
  /** Folder holding `skill.json` and `interaction-model/`. */
  readonly packageSourceDir: string;
  /** The Lambda function the skill's custom endpoint points at. */
  readonly endpoint: IFunction;
}

/** The Alexa skill itself (Alexa::ASK::Skill), created from the repo's skill package. */
export class AlexaSkill extends Construct {
  /** The new skill's ID (`amzn1.ask.skill....`), known at deploy time. */
  readonly skillId: string;
  readonly resource: CfnSkill;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);

    const stagingDir = stageSkillPackage(props.packageSourceDir);
    let skillPackage: Asset;
    try {
      // The asset is copied into the cloud assembly right here, so the temp dir can go at once.
      skillPackage = new Asset(this, 'Package', { path: stagingDir });
    } finally {
      rmSync(stagingDir, { recursive: true, force: true });
    }

    // Inline (not a separate policy resource) so the permission exists before Alexa reads the package.
    const packageReader = new iam.Role(this, 'PackageReadRole', {
      assumedBy: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
      description: 'Lets the Alexa service read this skill package from the CDK asset bucket.',
      inlinePolicies: {
        ReadSkillPackage: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: ['s3:GetObject'],
              resources: [skillPackage.bucket.arnForObjects(skillPackage.s3ObjectKey)],
            }),
          ],
        }),
      },
    });

    this.resource = new CfnSkill(this, 'Resource', {
      vendorId: props.vendorId,
      authenticationConfiguration: {
        clientId: secretReference(props.lwaSecrets.clientId),
        clientSecret: secretReference(props.lwaSecrets.clientSecret),
        refreshToken: secretReference(props.lwaSecrets.refreshToken),
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: packageReader.roleArn,
        // skill.json stays endpoint-free; the deployed function is filled in here.
        overrides: { manifest: { apis: { custom: { endpoint: { uri: props.endpoint.functionArn } } } } },
      },
    });
    this.skillId = this.resource.ref;
  }
}

/**
 * A `{{resolve:secretsmanager:...}}` dynamic reference: CloudFormation resolves it at deploy time,
 * so the secret's value never appears in the template or the repo.
 */
function secretReference(secretName: string): string {
  return SecretValue.secretsManager(secretName).unsafeUnwrap();
}
