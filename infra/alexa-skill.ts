import { rmSync } from 'node:fs';
import { RemovalPolicy, SecretValue, Stage } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { manifestEndpoints, type SkillEndpoints } from './endpoints';
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
  /** The skill's endpoints: each region's `live` alias. */
  readonly endpoints: SkillEndpoints;
}

/**
 * The Alexa skill itself (Alexa::ASK::Skill), created from the repo's skill package. Retained when
 * it leaves the template or the stack is deleted: removing a skill is a deliberate act (infra/README.md).
 */
export class AlexaSkill extends Construct {
  /** The new skill's ID (`amzn1.ask.skill....`), known at deploy time. */
  readonly skillId: string;
  readonly resource: CfnSkill;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);

    // Staged inside the cloud assembly, never in the OS temp directory. The asset copies it into the
    // assembly right here, so the staging folder can go at once.
    const assemblyDir = Stage.of(this)?.assetOutdir;
    if (!assemblyDir) {
      throw new Error('The Alexa skill must be defined inside a CDK App or Stage.');
    }
    const stagingDir = stageSkillPackage(props.packageSourceDir, assemblyDir);
    let skillPackage: Asset;
    try {
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
        // skill.json carries a placeholder endpoint; Alexa gets the deployed aliases instead. Overrides
        // are merged into the package's manifest, so the rest of apis.custom stays as it is.
        overrides: { manifest: { apis: { custom: manifestEndpoints(props.endpoints) } } },
      },
    });
    // DeletionPolicy and UpdateReplacePolicy Retain: a deploy without the skill context, a
    // replacement or `cdk destroy` must not delete the skill, its ID, reviews and certification.
    this.resource.applyRemovalPolicy(RemovalPolicy.RETAIN);
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
