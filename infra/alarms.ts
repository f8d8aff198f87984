import { ArnFormat, Aws, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** Alexa gives up on a skill after 8 s; a p99 above this leaves too little margin. */
export const DURATION_P99_THRESHOLD = Duration.seconds(3);
/** Where the ERROR-line count is published. */
export const LOG_METRIC_NAMESPACE = 'BackSpasmCoach';
export const ERROR_LOG_LINES_METRIC = 'ErrorLogLines';

const CLOUDWATCH = 'cloudwatch.amazonaws.com';
const PERIOD = Duration.minutes(5);

export interface SkillAlarmsProps {
  readonly function: lambda.IFunction;
  /** The function's log group; its JSON lines with `"level":"ERROR"` are counted. */
  readonly logGroup: logs.ILogGroup;
  /** Prefix of the alarm names, e.g. the stack name. */
  readonly namePrefix: string;
  /** Where notifications go; without it the alarms still show in the CloudWatch console. */
  readonly email?: string;
}

/**
 * The function's alarms: Lambda errors, throttles, a p99 duration near Alexa's limit, and ERROR lines
 * in its logs (errors the skill caught and answered, which Lambda's Errors metric never sees).
 */
export class SkillAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[];
  /** Set when an email was given. */
  readonly topic?: sns.Topic;

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const fn = props.function;

    const errorLines = new logs.MetricFilter(this, 'ErrorLogLineFilter', {
      logGroup: props.logGroup,
      // Lambda's JSON log format puts console.error lines, and the runtime's own errors, at "level":"ERROR".
      filterPattern: logs.FilterPattern.stringValue('$.level', '=', 'ERROR'),
      metricNamespace: LOG_METRIC_NAMESPACE,
      metricName: ERROR_LOG_LINES_METRIC,
      metricValue: '1',
    });

    const sum = { statistic: cloudwatch.Stats.SUM, period: PERIOD };
    this.alarms = [
      this.alarm('Errors', props.namePrefix, {
        metric: fn.metricErrors(sum),
        threshold: 1,
        description:
          'The function failed (threw, timed out or ran out of memory) at least once in 5 minutes.',
      }),
      this.alarm('Throttles', props.namePrefix, {
        metric: fn.metricThrottles(sum),
        threshold: 1,
        description: 'Lambda refused at least one Alexa request for lack of concurrency in 5 minutes.',
      }),
      this.alarm('DurationP99', props.namePrefix, {
        metric: fn.metricDuration({ statistic: cloudwatch.Stats.p(99), period: PERIOD }),
        threshold: DURATION_P99_THRESHOLD.toMilliseconds(),
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        description: `p99 duration above ${DURATION_P99_THRESHOLD.toSeconds()} s in 5 minutes; Alexa gives up at 8 s.`,
      }),
      this.alarm('ErrorLogLines', props.namePrefix, {
        metric: errorLines.metric(sum),
        threshold: 1,
        description: 'The skill logged at least one ERROR line in 5 minutes (a caught error it answered).',
      }),
    ];

    if (props.email) {
      this.topic = this.notificationTopic(props.email);
      const action = new SnsAction(this.topic);
      for (const alarm of this.alarms) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }
  }

  private alarm(
    id: string,
    namePrefix: string,
    options: {
      metric: cloudwatch.IMetric;
      threshold: number;
      description: string;
      comparisonOperator?: cloudwatch.ComparisonOperator;
    },
  ): cloudwatch.Alarm {
    return new cloudwatch.Alarm(this, id, {
      alarmName: `${namePrefix}-${id}`,
      alarmDescription: options.description,
      metric: options.metric,
      threshold: options.threshold,
      comparisonOperator:
        options.comparisonOperator ?? cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      // No requests is not a problem.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /**
   * An SNS topic encrypted with its own KMS key, reachable only over TLS. CloudWatch can publish to an
   * encrypted topic only with a customer managed key whose policy lets it use the key (the AWS managed
   * aws/sns key does not), and only if the topic policy lets it publish.
   */
  private notificationTopic(email: string): sns.Topic {
    const key = new kms.Key(this, 'TopicKey', {
      description: 'Encrypts Back Spasm Coach alarm notifications.',
      enableKeyRotation: true,
      // The key protects only notifications in flight; nothing stays encrypted with it.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublish',
        principals: [new iam.ServicePrincipal(CLOUDWATCH)],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        // In a key policy, "*" is this key.
        resources: ['*'],
      }),
    );

    const topic = new sns.Topic(this, 'Topic', {
      displayName: 'Back Spasm Coach alarms',
      masterKey: key,
      enforceSSL: true,
    });
    topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowThisAccountsAlarmsToPublish',
        principals: [new iam.ServicePrincipal(CLOUDWATCH)],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: {
            'aws:SourceArn': Stack.of(this).formatArn({
              service: 'cloudwatch',
              resource: 'alarm',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    topic.addSubscription(new EmailSubscription(email));
    return topic;
  }
}
