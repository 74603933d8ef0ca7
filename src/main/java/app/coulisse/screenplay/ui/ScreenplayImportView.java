package app.coulisse.screenplay.ui;

import app.coulisse.cast.CastLabel;
import app.coulisse.core.DomainException;
import app.coulisse.core.Eighths;
import app.coulisse.core.Messages;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ImportPreview;
import app.coulisse.screenplay.ImportResult;
import app.coulisse.screenplay.ImportedCharacter;
import app.coulisse.screenplay.ImportedScene;
import app.coulisse.screenplay.RevisionImport;
import app.coulisse.screenplay.SceneCharacter;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.security.Roles;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.HomeNavigation;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Imports a Fountain or Final Draft screenplay into an episode: pick the episode, upload the file, read the preview
 * (scenes, characters matched or new, possible silent characters to confirm, warnings), then append or replace.
 */
@Route("import")
@Menu(title = "nav.import", order = 60, icon = "vaadin:upload")
@RolesAllowed({Roles.SHOWRUNNER, Roles.WRITER})
public class ScreenplayImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient ScreenplayImportService importService;
    private final transient SeasonService seasonService;
    private final transient OutlineService outlineService;
    private final transient List<RevisionPreviewSection> previewSections;

    private final SeasonPicker seasonPicker;
    private final ComboBox<EpisodeSummary> episode = new ComboBox<>();
    private final Upload upload = new Upload();
    private final VerticalLayout importBox = new VerticalLayout();
    private final VerticalLayout preview = new VerticalLayout();
    private final Span summary = new Span();
    private final Span heldFile = new Span();
    private final Grid<ImportedScene> scenes = new Grid<>();
    private final Grid<ImportedCharacter> characters = new Grid<>();
    private final CheckboxGroup<ImportedCharacter> nonSpeaking = new CheckboxGroup<>();
    private final UnorderedList warnings = new UnorderedList();
    private final Button append = new Button();
    private final Button replace = new Button();
    private final Button revise = new Button();
    private final RouterLink done = new RouterLink();

    /** The uploaded file, kept in memory until it is imported: the commit reads it again. */
    private String fileName;
    private byte[] content;
    /** The episode's acts as the reader names them, by lower-case stored name: the preview's act column. */
    private Map<String, String> actNames = Map.of();

    public ScreenplayImportView(ScreenplayImportService importService, SeasonService seasonService,
                                OutlineService outlineService, ObjectProvider<RevisionPreviewSection> previewSections) {
        this.previewSections = previewSections.orderedStream().toList();
        this.importService = importService;
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        // The page grows with the preview rather than squeezing the upload box above it.
        setWidthFull();
        // The season picker lists another season's episodes in place: a file already uploaded stays held.
        seasonPicker = new SeasonPicker(seasonService, false,
                season -> episode.setItems(seasonService.episodeSummaries(season)));
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("import.heading")), seasonPicker);
        top.addClassName("page-header");
        top.setAlignItems(Alignment.BASELINE);
        add(top, new Paragraph(getTranslation("import.help")));

        episode.setId("episode");
        episode.setLabel(getTranslation("import.episode"));
        episode.setItemLabelGenerator(e -> getTranslation("import.episode.label", e.number(), e.title()));
        episode.setItems(seasonService.episodeSummaries(seasonPicker.selected()));
        episode.setWidth("24em");
        episode.addValueChangeListener(event -> showPreview());

        upload.setId("upload");
        int limitMegabytes = ScreenplayImportService.MAX_FILE_BYTES / (1024 * 1024);
        upload.setUploadHandler(new BoundedUploadHandler(ScreenplayImportService.MAX_FILE_BYTES, this::received,
                name -> {
                    forgetFile();
                    Notifications.error(getTranslation("screenplay.import.too-large", limitMegabytes));
                }, getTranslation("screenplay.import.too-large", limitMegabytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ScreenplayImportService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".fountain", ".txt", ".fdx");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("import.file-rejected",
                event.getFileName() == null ? "" : event.getFileName(), ScreenplayImportService.MAX_FILE_BYTES / (1024 * 1024))));

        done.setId("open-season");
        done.setVisible(false);
        importBox.setId("import-box");
        importBox.setPadding(false);
        heldFile.setId("held-file");
        heldFile.setVisible(false);
        importBox.add(episode, upload, heldFile);
        add(importBox, done, preview());
        setFlexShrink(0, importBox);
    }

    private VerticalLayout preview() {
        preview.setId("preview");
        preview.setPadding(false);
        preview.setVisible(false);
        summary.setId("summary");

        scenes.setId("scenes");
        scenes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        scenes.addColumn(this::numberLabel).setHeader(getTranslation("import.scene.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        scenes.addColumn(ImportedScene::heading).setHeader(getTranslation("import.scene.heading")).setKey("heading")
                .setFlexGrow(2);
        scenes.addColumn(this::actLabel).setHeader(getTranslation("import.scene.act")).setKey("act").setFlexGrow(1);
        scenes.addColumn(scene -> Eighths.format(scene.eighths())).setHeader(getTranslation("import.scene.length"))
                .setKey("length").setAutoWidth(true).setFlexGrow(0);
        scenes.addColumn(scene -> scene.cast().stream().map(this::castLabel).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("import.scene.characters")).setKey("characters").setFlexGrow(2);
        scenes.setAllRowsVisible(true);

        characters.setId("characters");
        characters.addThemeVariants(GridVariant.LUMO_COMPACT);
        characters.addColumn(ImportedCharacter::castId).setHeader(getTranslation("import.character.cast-id"))
                .setKey("castId").setAutoWidth(true).setFlexGrow(0);
        characters.addColumn(ImportedCharacter::fileName).setHeader(getTranslation("import.character.in-file"))
                .setKey("fileName");
        characters.addColumn(ImportedCharacter::castName).setHeader(getTranslation("import.character.in-cast"))
                .setKey("castName");
        characters.addColumn(c -> getTranslation(c.isNew() ? "import.character.new" : "import.character.matched"))
                .setHeader(getTranslation("import.character.status")).setKey("status").setAutoWidth(true);
        characters.addColumn(ImportedCharacter::scenes).setHeader(getTranslation("import.character.scenes"))
                .setKey("scenes").setAutoWidth(true).setFlexGrow(0);
        characters.setAllRowsVisible(true);

        nonSpeaking.setId("non-speaking");
        nonSpeaking.setLabel(getTranslation("import.non-speaking"));
        nonSpeaking.setHelperText(getTranslation("import.non-speaking.help"));
        nonSpeaking.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        nonSpeaking.setItemLabelGenerator(c -> c.isNew() && c.castId() == null
                ? getTranslation("import.non-speaking.new", c.fileName(), c.scenes())
                : getTranslation("import.non-speaking.matched", c.fileName(), c.scenes(), CastLabel.of(c.castId(), c.castName())));

        warnings.setId("warnings");

        append.setId("append");
        append.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        append.addClickListener(event -> commit(ImportMode.APPEND));
        replace.setId("replace");
        replace.addThemeVariants(ButtonVariant.LUMO_ERROR);
        replace.addClickListener(event -> confirmReplace());
        revise.setId("revise");
        revise.addClickListener(event -> previewRevision());

        preview.add(summary, new H3(getTranslation("import.scenes")), scenes, new H3(getTranslation("import.characters")),
                characters, nonSpeaking, warnings, new HorizontalLayout(append, replace, revise));
        return preview;
    }

    private void received(String name, byte[] data) {
        fileName = name;
        content = data;
        // The file is held here and named in the summary; emptied, the one-file upload takes the next file at once.
        upload.clearFileList();
        heldFile.setText(getTranslation("import.file-held", name));
        heldFile.setVisible(true);
        done.setVisible(false);
        showPreview();
    }

    /** Reads the file against the chosen episode; shown once both are there, whichever came first. */
    private void showPreview() {
        preview.setVisible(false);
        if (episode.getValue() == null || content == null) {
            return;
        }
        ImportPreview result;
        try {
            result = importService.preview(episode.getValue().id(), fileName, content);
        } catch (DomainException refused) {
            forgetFile();
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
            return;
        }
        EpisodeSummary target = episode.getValue();
        actNames = outlineService.board(target.id()).acts().stream().collect(Collectors.toMap(
                act -> act.getName().strip().toLowerCase(Locale.ROOT), act -> act.displayName(Messages.bundled(), getLocale()),
                (first, second) -> first));
        summary.setText(getTranslation("import.summary", fileName, result.scenes().size(),
                result.matchedCharacters().size(), result.newCharacters().size()));
        scenes.setItems(result.scenes());
        characters.setItems(result.characters());
        nonSpeaking.setItems(result.possibleNonSpeaking());
        nonSpeaking.setVisible(!result.possibleNonSpeaking().isEmpty());
        warnings.removeAll();
        result.warnings().forEach(warning -> warnings.add(new ListItem(getTranslation(warning.key(), warning.args().toArray()))));
        warnings.setVisible(!result.warnings().isEmpty());

        int existing = outlineService.sceneNumbers(target.id()).size();
        boolean locked = seasonService.episode(target.id()).isNumbersLocked();
        append.setText(getTranslation("import.append", target.number()));
        replace.setText(getTranslation("import.replace", existing));
        replace.setEnabled(!locked && existing > 0);
        replace.setTooltipText(locked ? getTranslation("import.replace.locked") : null);
        revise.setText(getTranslation("import.revise", target.number()));
        revise.setEnabled(existing > 0);
        preview.setVisible(true);
    }

    private void confirmReplace() {
        EpisodeSummary target = episode.getValue();
        int existing = outlineService.sceneNumbers(target.id()).size();
        Confirm.destructive("confirm-replace", getTranslation("import.replace.confirm.header", target.number()),
                getTranslation("import.replace.confirm.text", existing, target.number()),
                getTranslation("import.replace.confirm.ok"), () -> commit(ImportMode.REPLACE));
    }

    private void commit(ImportMode mode) {
        if (content == null) {
            return; // a second click after the file was committed and forgotten
        }
        EpisodeSummary target = episode.getValue();
        Set<String> confirmed = nonSpeaking.getValue().stream().map(ImportedCharacter::fileName).collect(Collectors.toSet());
        ImportResult result = importService.commit(target.id(), fileName, content, mode, confirmed);
        Notifications.success(getTranslation("import.done", result.scenes().size(), result.episodeNumber(),
                result.charactersCreated().size(), result.charactersMatched().size()));
        forgetFile();
        episode.setItems(seasonService.episodeSummaries(seasonPicker.selected()));
        done.setText(getTranslation("import.open-season", result.episodeNumber()));
        done.setRoute(HomeNavigation.view());
        done.setVisible(true);
    }

    /** The revise mode: what it would do, in a dialog that applies it on confirmation (record 027). */
    private void previewRevision() {
        EpisodeSummary target = episode.getValue();
        try {
            RevisionImport preview = importService.previewRevision(target.id(), fileName, content);
            new RevisionPreviewDialog(preview, previewSections, () -> {
                RevisionImport done = importService.revise(target.id(), fileName, content, preview.mostlyUnmatched());
                Notifications.success(getTranslation("import.revise.done", target.number(), done.revision(),
                        done.changed().size() + done.added().size() + done.omitted().size()));
                forgetFile();
                this.done.setText(getTranslation("import.open-season", target.number()));
                this.done.setRoute(HomeNavigation.view());
                this.done.setVisible(true);
            }).open();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
    }

    private void forgetFile() {
        fileName = null;
        content = null;
        heldFile.setVisible(false);
        upload.clearFileList();
        preview.setVisible(false);
    }

    /** The number the scene will get; the file's own number beside it when the outline's rules change it. */
    private String numberLabel(ImportedScene scene) {
        return scene.numberKept() || scene.fileNumber() == null ? scene.number()
                : getTranslation("import.scene.number.changed", scene.number(), scene.fileNumber());
    }

    /** The act the scene lands in, as the board names it; a new act by the file's section name. */
    private String actLabel(ImportedScene scene) {
        if (scene.landingAct() == null) {
            return getTranslation("act.none");
        }
        return actNames.getOrDefault(scene.landingAct().strip().toLowerCase(Locale.ROOT), scene.landingAct());
    }

    private String castLabel(SceneCharacter character) {
        String label = CastLabel.of(character.castId(), character.name());
        if (!character.onScreen()) {
            return getTranslation("import.cast.voice-only", label);
        }
        return character.speaking() ? label : getTranslation("import.cast.non-speaking", label);
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.upload.too-big", ScreenplayImportService.MAX_FILE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("import.upload.wrong-type"))
                .setTooManyFiles(getTranslation("import.upload.too-many")));
        return texts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
