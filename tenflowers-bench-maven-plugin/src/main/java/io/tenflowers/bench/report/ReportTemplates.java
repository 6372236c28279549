package io.tenflowers.bench.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one FreeMarker {@link Configuration} of the plugin. Templates live on the class path under
 * {@code io/tenflowers/bench/report/templates}; {@code .ftlh} files are HTML with every
 * interpolation escaped, so a benchmark named {@code <script>} renders as text. Errors are rethrown
 * (never printed into the page), numbers are formatted by our code or with {@link Locale#ROOT}, so a
 * page reads the same under every default locale, and nothing in a template can call Java beyond
 * the getters of the model handed to it.
 */
public final class ReportTemplates {
    private static final Configuration CONFIGURATION = create();

    private ReportTemplates() {
    }

    private static Configuration create() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(ReportTemplates.class, "/io/tenflowers/bench/report/templates");
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setRecognizeStandardFileExtensions(true); // .ftlh → HTML output format, auto-escaping
        // No ?new, ?api or ?eval of data: templates only read the model they are given.
        configuration.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        return configuration;
    }

    /**
     * Renders a template.
     *
     * @param name  template file name, e.g. {@code report.ftlh}
     * @param model the data model: names to objects whose public getters (or record components) the
     *              template reads
     * @return the rendered text
     * @throws IllegalStateException if the template is missing or fails: a bug of ours, not of the data
     */
    public static String render(String name, Map<String, Object> model) {
        try {
            Template template = CONFIGURATION.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the report template " + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("The report template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
