package org.catchup.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.catchup.bulletin.BulletinJobConfiguration;
import org.catchup.jobs.JobLaunches;
import org.catchup.support.FreshDataFolder;
import org.catchup.system.CatchUpProperties;
import org.catchup.users.NewUser;
import org.catchup.users.Role;
import org.catchup.users.UserAccount;
import org.catchup.users.UserAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Bulletins by mail against a real SMTP server (GreenMail) on a fixed local port, so it can be
 * stopped and started again in the middle of a test. The 1959 story from June to September is
 * loaded; each test works on its own month. Subclasses choose the database.
 */
abstract class BulletinMailScenario extends FreshDataFolder {

	private static final Path SAMPLE_INPUT = Path.of("sample-input");

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	private static final String COMMITTEE = "committee@catchup.example";

	private static final String OBS_WORKS = "obs-works@catchup.example";

	private static final String KLH_CLERK = "klh-clerk@catchup.example";

	private static final String LEAVER = "leaver@catchup.example";

	private static boolean loaded;

	@Autowired
	JobLaunches launches;

	@Autowired
	CatchUpProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Subscriptions subscriptions;

	@MockitoSpyBean
	JavaMailSender mailSender;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("catchup.mail.attempts", () -> 3);
		registry.add("catchup.mail.retry-delay", () -> "20ms");
		registry.add("catchup.mail.from", () -> "Catch-Up <catchup@catchup.example>");
	}

	/**
	 * The committee member reads the combine-wide PDF and Excel (no language: English), the works
	 * management of Otto-Brosowski-Schacht, a contact without a sign-in, its PDF in German, the KLH
	 * clerk their enterprise's PDF in English; a committee member who left is disabled.
	 */
	@BeforeEach
	void storyAndSubscribers() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		reset(mailSender);
		synchronized (BulletinMailScenario.class) {
			if (loaded) {
				return;
			}
			assertThat(launches.start("reference-data", Map.of("file", SAMPLE_INPUT.resolve("reference-data.xlsx").toString()))
				.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			Files.createDirectories(properties.inbox());
			for (String month : List.of("1959-06", "1959-07", "1959-08", "1959-09")) {
				try (Stream<Path> files = Files.list(SAMPLE_INPUT.resolve("submissions").resolve(month))) {
					for (Path file : files.toList()) {
						Files.copy(file, properties.inbox().resolve(file.getFileName()));
					}
				}
			}
			assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
			long member = accounts.create(new NewUser("member", "a long password", "Erna Committee", Set.of(Role.COMMITTEE), Set.of()));
			long clerk = accounts.create(new NewUser("klh-clerk", "a long password", "Karl Clerk", Set.of(Role.SUBMITTER), Set.of("KLH")));
			long leaver = accounts.create(new NewUser("leaver", "a long password", "Left Lately", Set.of(Role.COMMITTEE), Set.of()));
			accounts.setEnabled(leaver, false);
			LocalDateTime now = LocalDateTime.now();
			subscriptions.add(new NewSubscription(member, "Erna Committee", COMMITTEE, null, "ALL", true), "test", now);
			subscriptions.add(new NewSubscription(null, "Werkleitung Otto-Brosowski-Schacht", OBS_WORKS, "de", "OBS", false), "test", now);
			subscriptions.add(new NewSubscription(clerk, "Karl Clerk", KLH_CLERK, "en", "KLH", false), "test", now);
			subscriptions.add(new NewSubscription(leaver, "Left Lately", LEAVER, null, "ALL", false), "test", now);
			loaded = true;
		}
	}

	@Test
	void aRenderedMonthMailsEachSubscriberTheirBulletinInTheirLanguage() throws Exception {
		JobExecution run = launches.start("bulletin", Map.of("month", "1959-09"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Mail> mails = received();
		assertThat(mails).containsOnlyKeys(COMMITTEE, OBS_WORKS, KLH_CLERK);

		Mail committee = mails.get(COMMITTEE);
		assertThat(committee.from()).isEqualTo("catchup@catchup.example");
		assertThat(committee.subject()).isEqualTo("Catch-Up bulletin September 1959");
		assertThat(committee.text()).startsWith("Dear Erna Committee,")
			.contains("bulletin of all enterprises for September 1959")
			.contains("The Excel workbook with the same figures is attached");
		assertThat(committee.attachments()).containsOnlyKeys("bulletin-1959-09.pdf", "bulletin-1959-09.xlsx");
		assertSameFile(committee.attachments().get("bulletin-1959-09.pdf"), "bulletin-1959-09.pdf");
		assertSameFile(committee.attachments().get("bulletin-1959-09.xlsx"), "bulletin-1959-09.xlsx");
		assertThat(pdfText(committee.attachments().get("bulletin-1959-09.pdf"))).contains("Otto-Brosowski-Schacht")
			.contains("Karl-Liebknecht-Hütte");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(committee.attachments().get("bulletin-1959-09.xlsx")))) {
			assertThat(workbook.getSheet("Ranking")).isNotNull();
		}

		Mail works = mails.get(OBS_WORKS);
		assertThat(works.subject()).isEqualTo("Catch-Up-Bulletin September 1959: Otto-Brosowski-Schacht (OBS)");
		assertThat(works.text()).startsWith("Guten Tag Werkleitung Otto-Brosowski-Schacht,")
			.contains("anbei das Bulletin von Otto-Brosowski-Schacht (OBS) für September 1959")
			.doesNotContain("Excel");
		assertThat(works.attachments()).containsOnlyKeys("bulletin-1959-09-OBS.pdf");
		assertSameFile(works.attachments().get("bulletin-1959-09-OBS.pdf"), "bulletin-1959-09-OBS.pdf");
		assertThat(pdfText(works.attachments().get("bulletin-1959-09-OBS.pdf"))).contains("Otto-Brosowski-Schacht")
			.doesNotContain("Karl-Liebknecht-Hütte");

		Mail clerk = mails.get(KLH_CLERK);
		assertThat(clerk.subject()).isEqualTo("Catch-Up bulletin September 1959: Karl-Liebknecht-Hütte (KLH)");
		assertThat(clerk.attachments()).containsOnlyKeys("bulletin-1959-09-KLH.pdf");
		assertThat(pdfText(clerk.attachments().get("bulletin-1959-09-KLH.pdf"))).contains("Karl-Liebknecht-Hütte");

		assertThat(deliveries("1959-09")).containsExactlyInAnyOrder(COMMITTEE + " SENT 1", OBS_WORKS + " SENT 1",
				KLH_CLERK + " SENT 1");
		Map<String, Object> summary = mailStep(run).getExecutionContext().toMap();
		assertThat((String) summary.get("mail")).startsWith("Mailed 3 through 127.0.0.1:" + SMTP_PORT);
		assertThat((String) summary.get("mailNotSent")).contains(LEAVER).contains("user leaver is disabled");
	}

	@Test
	void aMonthRenderedAgainIsNotMailedAgainUnlessAResendIsAsked() throws Exception {
		assertThat(launches.start("bulletin", Map.of("month", "1959-08")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.getReceivedMessages()).hasSize(3);

		JobExecution again = launches.start("bulletin", Map.of("month", "1959-08"));

		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.getReceivedMessages()).as("no second mail").hasSize(3);
		String already = (String) mailStep(again).getExecutionContext().get("mailAlreadySent");
		assertThat(already).startsWith("3: ").contains(COMMITTEE, OBS_WORKS, KLH_CLERK).endsWith("(resend=true mails them again)");

		JobExecution resent = launches.start("bulletin", Map.of("month", "1959-08", "resend", "true"));

		assertThat(resent.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.getReceivedMessages()).hasSize(6);
		assertThat(deliveries("1959-08")).hasSize(6).allMatch(row -> row.endsWith("SENT 1"));
	}

	@Test
	void anSmtpServerThatIsDownLeavesTheRenderingCompletedAndTheRestartMailsOnce() throws Exception {
		int renderingsBefore = renderings("1959-07");
		smtp.stop();
		JobExecution stopped;
		try {
			stopped = launches.start("bulletin", Map.of("month", "1959-07"));
		}
		finally {
			smtp.start();
		}

		assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
		assertThat(step(stopped, "renderBulletin").getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(mailStep(stopped).getExitStatus().getExitCode()).isEqualTo(BulletinJobConfiguration.UNSENT_MAIL);
		assertThat(Files.exists(properties.bulletins().resolve("bulletin-1959-07.pdf"))).isTrue();
		int renderings = renderings("1959-07");
		assertThat(renderings).isGreaterThan(renderingsBefore);
		assertThat(deliveries("1959-07")).containsExactlyInAnyOrder(COMMITTEE + " FAILED 3", OBS_WORKS + " FAILED 3",
				KLH_CLERK + " FAILED 3");
		assertThat(jdbc.sql("SELECT DISTINCT last_error FROM mail_delivery WHERE period = '1959-07'")
			.query(String.class)
			.single()).contains("127.0.0.1").contains("Connection refused");
		assertThat(mailStep(stopped).getExitStatus().getExitDescription()).startsWith("Mailed 0 through 127.0.0.1")
			.contains("3 could not be sent");

		JobExecution restarted = launches.restart(stopped.getId());

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
			.as("the restart renders nothing again")
			.containsExactly("mailBulletins");
		assertThat(renderings("1959-07")).isEqualTo(renderings);
		assertThat(received()).containsOnlyKeys(COMMITTEE, OBS_WORKS, KLH_CLERK);
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(deliveries("1959-07")).containsExactlyInAnyOrder(COMMITTEE + " SENT 4", OBS_WORKS + " SENT 4",
				KLH_CLERK + " SENT 4");

		assertThat(launches.start("bulletin", Map.of("month", "1959-07")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.getReceivedMessages()).as("no duplicate on the next run").hasSize(3);
	}

	@Test
	void aRestartAfterOneRecipientFailedMailsOnlyThatOne() throws Exception {
		doAnswer(invocation -> {
			MimeMessage message = invocation.getArgument(0);
			if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(OBS_WORKS))) {
				throw new MailSendException("550 mailbox unavailable");
			}
			return invocation.callRealMethod();
		}).when(mailSender).send(any(MimeMessage.class));

		JobExecution stopped = launches.start("bulletin", Map.of("month", "1959-06"));

		assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
		assertThat(received()).containsOnlyKeys(COMMITTEE, KLH_CLERK);
		assertThat(deliveries("1959-06")).containsExactlyInAnyOrder(COMMITTEE + " SENT 1", KLH_CLERK + " SENT 1",
				OBS_WORKS + " FAILED 3");
		assertThat((String) mailStep(stopped).getExecutionContext().get("mailUnsent")).contains(OBS_WORKS)
			.contains("550 mailbox unavailable")
			.contains("3 tries");

		reset(mailSender);
		JobExecution restarted = launches.restart(stopped.getId());

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(received()).containsOnlyKeys(COMMITTEE, KLH_CLERK, OBS_WORKS);
		assertThat(deliveries("1959-06")).containsExactlyInAnyOrder(COMMITTEE + " SENT 1", KLH_CLERK + " SENT 1",
				OBS_WORKS + " SENT 4");
	}

	private void assertSameFile(byte[] attached, String name) throws IOException {
		assertThat(new String(attached, 0, 4, StandardCharsets.US_ASCII))
			.isEqualTo(name.endsWith(".pdf") ? "%PDF" : "PK\u0003\u0004");
		assertThat(attached).as(name).isEqualTo(Files.readAllBytes(properties.bulletins().resolve(name)));
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void aMailNoLongerDueDoesNotHoldTheRestart() throws Exception {
		doAnswer(invocation -> {
			throw new MailSendException("451 try again later");
		}).when(mailSender).send(any(MimeMessage.class));
		JobExecution stopped = launches.start("bulletin", Map.of("month", "1959-05", "scope", "OBS"));
		assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
		assertThat(deliveries("1959-05")).containsExactly(OBS_WORKS + " FAILED 3");
		reset(mailSender);
		Subscription works = subscriptions.list()
			.stream()
			.filter(s -> s.address().equals(OBS_WORKS))
			.findFirst()
			.orElseThrow();
		subscriptions.remove(works.id());
		try {
			JobExecution restarted = launches.restart(stopped.getId());

			assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(smtp.getReceivedMessages()).isEmpty();
			assertThat(deliveries("1959-05")).as("kept as it was").containsExactly(OBS_WORKS + " FAILED 3");
		}
		finally {
			subscriptions.add(new NewSubscription(null, works.recipientName(), works.address(), works.language(),
					works.scope(), works.withExcel()), "test", LocalDateTime.now());
		}
	}

	/** "address STATUS attempts" of each delivery of the month. */
	private List<String> deliveries(String month) {
		return jdbc.sql("SELECT address, status, attempts FROM mail_delivery WHERE period = :month")
			.param("month", month)
			.query((rs, n) -> rs.getString("address") + " " + rs.getString("status") + " " + rs.getInt("attempts"))
			.list();
	}

	private int renderings(String month) {
		return jdbc.sql("SELECT COUNT(*) FROM bulletin_log WHERE period = :month")
			.param("month", month)
			.query(Integer.class)
			.single();
	}

	private static StepExecution mailStep(JobExecution execution) {
		return step(execution, "mailBulletins");
	}

	private static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no step " + name + " in " + execution.getStepExecutions()));
	}

	/** The mails GreenMail received, by their one recipient. */
	private static Map<String, Mail> received() throws Exception {
		Map<String, Mail> mails = new LinkedHashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Address[] to = message.getRecipients(Message.RecipientType.TO);
			assertThat(to).hasSize(1);
			Mail mail = Mail.of(message);
			assertThat(mails.put(((InternetAddress) to[0]).getAddress(), mail)).as("one mail per recipient").isNull();
		}
		return mails;
	}

	private record Mail(String from, String subject, String text, Map<String, byte[]> attachments) {

		static Mail of(MimeMessage message) throws MessagingException, IOException {
			StringBuilder text = new StringBuilder();
			Map<String, byte[]> attachments = new LinkedHashMap<>();
			collect(message, text, attachments);
			return new Mail(((InternetAddress) message.getFrom()[0]).getAddress(), message.getSubject(), text.toString(),
					attachments);
		}

		private static void collect(Part part, StringBuilder text, Map<String, byte[]> attachments)
				throws MessagingException, IOException {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					collect(child, text, attachments);
				}
			}
			else if (part.isMimeType("text/plain")) {
				text.append(part.getContent());
			}
		}

	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
