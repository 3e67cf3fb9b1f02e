package org.catchup.consolidation.remote;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A {@code ./catchup worker} process (profile {@value #PROFILE}): the queue's requests, one
 * partition at a time per consumer, through {@link PartitionClaims} to Spring Batch's
 * {@link StepExecutionRequestHandler}, which runs the worker step on the partition's step
 * execution from the shared job repository. A request is acknowledged once its partition has
 * ended; a worker that dies holding one gives it back to the broker, where the claim keeps a
 * second worker from running it again.
 */
@Configuration(proxyBeanMethods = false)
@Profile(WorkerConfiguration.PROFILE)
public class WorkerConfiguration {

	public static final String PROFILE = "worker";

	@Bean
	WorkerIdentity workerIdentity() {
		return WorkerIdentity.current();
	}

	@Bean
	Worker worker(WorkerIdentity workerIdentity, WorkerRegistry workerRegistry, Broker broker,
			RemoteSettings settings) {
		return new Worker(workerIdentity, workerRegistry, broker, settings);
	}

	@Bean
	PartitionClaims partitionClaims(JobRepository jobRepository, WorkerRegistry workerRegistry,
			WorkerIdentity workerIdentity) {
		return new PartitionClaims(jobRepository, workerRegistry, workerIdentity);
	}

	@Bean
	StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
		BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
		steps.setBeanFactory(beanFactory);
		StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
		handler.setJobRepository(jobRepository);
		handler.setStepLocator(steps);
		return handler;
	}

	@Bean
	IntegrationFlow consolidationPartitionRequestsFromBroker(ConnectionFactory connectionFactory,
			RemoteSettings settings, PartitionClaims partitionClaims,
			StepExecutionRequestHandler stepExecutionRequestHandler) {
		return IntegrationFlow
			.from(Amqp.inboundAdapter(connectionFactory, settings.queue())
				.messageConverter(RemotePartitioningConfiguration.partitionRequestConverter())
				.configureContainer(container -> container.acknowledgeMode(AcknowledgeMode.AUTO)
					.prefetchCount(1)
					.concurrentConsumers(settings.workerPartitions())
					// a worker asked to stop finishes the partitions in hand first, up to this long
					.shutdownTimeout(settings.workerTimeout().toMillis())))
			.filter(StepExecutionRequest.class, partitionClaims::claim)
			.handle(stepExecutionRequestHandler, "handle")
			.nullChannel();
	}

}
