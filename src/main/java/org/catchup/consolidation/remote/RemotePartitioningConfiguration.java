package org.catchup.consolidation.remote;

import javax.sql.DataSource;

import static org.catchup.consolidation.ConsolidationJobConfiguration.WORKER_STEP;

import org.catchup.jobs.JobDefinitions;
import org.catchup.jobs.JobStartCheck;
import org.catchup.system.CatchUpProperties;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.scheduling.TaskScheduler;

/**
 * The manager's side of the remote night, in every process that may start a consolidation:
 * the broker and its partition queue, the check that stops a remote night before it starts when
 * the broker is down, and the partition handler that sends partitions over Spring Integration's
 * AMQP outbound adapter. Nothing connects to the broker unless a night runs remote.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
@EnableConfigurationProperties(RemoteSettings.class)
public class RemotePartitioningConfiguration {

	@Bean
	WorkerRegistry workerRegistry(DataSource dataSource) {
		return new WorkerRegistry(dataSource);
	}

	@Bean
	Queue consolidationPartitionQueue(RemoteSettings settings) {
		return QueueBuilder.durable(settings.queue()).build();
	}

	@Bean
	Broker broker(ConnectionFactory connectionFactory, AmqpAdmin amqpAdmin, Queue consolidationPartitionQueue,
			RabbitConnectionDetails details) {
		return new Broker(connectionFactory, amqpAdmin, consolidationPartitionQueue, details);
	}

	@Bean
	ConsolidationMode consolidationMode(Environment environment, CatchUpProperties properties) {
		return new ConsolidationMode(environment, new JobDefinitions(properties.jobs()));
	}

	/** A remote night whose broker is down is refused before its execution is created or a file moves. */
	@Bean
	JobStartCheck remoteNightNeedsItsBroker(ConsolidationMode mode, Broker broker) {
		return job -> {
			if (ConsolidationMode.JOB.equals(job) && mode.remote()) {
				broker.verify("the night did not start: no run was recorded and no file was moved");
			}
		};
	}

	/** Partition requests as JSON, readable by any worker whatever its Java version. */
	static MessageConverter partitionRequestConverter() {
		return new JacksonJsonMessageConverter(StepExecutionRequest.class.getPackageName());
	}

	@Bean
	DirectChannel consolidationPartitionRequests() {
		return new DirectChannel();
	}

	/**
	 * Each request leaves as a persistent message on the durable queue, and the send waits for
	 * the broker's confirm, so a partition that the manager counts as sent is on the broker.
	 */
	@Bean
	IntegrationFlow consolidationPartitionRequestsToBroker(DirectChannel consolidationPartitionRequests,
			ConnectionFactory connectionFactory, RemoteSettings settings) {
		RabbitTemplate template = new RabbitTemplate(connectionFactory);
		template.setMessageConverter(partitionRequestConverter());
		return IntegrationFlow.from(consolidationPartitionRequests)
			.handle(Amqp.outboundAdapter(template)
				.routingKey(settings.queue())
				.waitForConfirm(true)
				.confirmTimeout(settings.workerTimeout().toMillis()))
			.get();
	}

	@Bean
	LostPartitions lostPartitions(JobRepository jobRepository, WorkerRegistry workerRegistry,
			RemoteSettings settings) {
		return new LostPartitions(jobRepository, workerRegistry, settings);
	}

	@Bean
	RemotePartitionHandler remotePartitionHandler(JobRepository jobRepository,
			DirectChannel consolidationPartitionRequests, LostPartitions lostPartitions, WorkerRegistry workerRegistry,
			RemoteSettings settings,
			@Qualifier(IntegrationContextUtils.TASK_SCHEDULER_BEAN_NAME) TaskScheduler taskScheduler) {
		return new RemotePartitionHandler(grid -> {
			MessageChannelPartitionHandler messages = new MessageChannelPartitionHandler();
			messages.setStepName(WORKER_STEP);
			messages.setGridSize(grid);
			messages.setMessagingOperations(new MessagingTemplate(consolidationPartitionRequests));
			messages.setJobRepository(jobRepository);
			messages.setPollInterval(settings.pollInterval().toMillis());
			messages.setTimeout(settings.remoteTimeout().toMillis());
			try {
				messages.afterPropertiesSet();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return messages;
		}, WORKER_STEP, lostPartitions, workerRegistry, taskScheduler, settings);
	}

	/**
	 * Takes the place of the consolidation's own partition handler in its manager step: the
	 * workers' for a remote night, else the local one; the steps stay as they are.
	 */
	@Bean
	@Primary
	PartitionHandler localOrRemotePartitionHandler(
			@Qualifier("consolidationPartitionHandler") PartitionHandler consolidationPartitionHandler,
			RemotePartitionHandler remotePartitionHandler, ConsolidationMode consolidationMode) {
		return (splitter, manager) -> (consolidationMode.remote() ? remotePartitionHandler
				: consolidationPartitionHandler).handle(splitter, manager);
	}

}
