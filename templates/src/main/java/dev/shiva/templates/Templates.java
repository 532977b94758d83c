package dev.shiva.templates;

/** The templates of a generated project's non-Java files, one per file. */
public final class Templates {
    public static final Template<PomView> POM = new Template<>("pom.xml.mustache", "pom.xml", PomView.class);
    public static final Template<ApplicationConfigView> APPLICATION_YML = new Template<>(
            "application.yml.mustache", "src/main/resources/application.yml", ApplicationConfigView.class);
    public static final Template<LogbackView> LOGBACK_XML =
            new Template<>("logback.xml.mustache", "src/main/resources/logback.xml", LogbackView.class);
    public static final Template<ServiceReadmeView> README =
            new Template<>("README.md.mustache", "README.md", ServiceReadmeView.class);
    public static final Template<DockerfileView> DOCKERFILE =
            new Template<>("Dockerfile.mustache", "Dockerfile", DockerfileView.class);
    public static final Template<GitignoreView> GITIGNORE =
            new Template<>("gitignore.mustache", ".gitignore", GitignoreView.class);
    /** The config.yml that {@code shiva new NAME} writes; the user's from then on. */
    public static final Template<NewConfigView> NEW_CONFIG =
            new Template<>("config.yml.mustache", "config.yml", NewConfigView.class);

    private Templates() {}
}
