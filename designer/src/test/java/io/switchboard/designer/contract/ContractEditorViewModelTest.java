package io.switchboard.designer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.check.ContractLinter;
import io.switchboard.contract.edit.NewOperation;
import io.switchboard.designer.contract.editor.ContractAnalysis;
import io.switchboard.designer.contract.editor.ContractAnalyzer;
import io.switchboard.designer.contract.editor.ContractEditorViewModel;
import io.switchboard.designer.contract.editor.ContractNavigationViewModel;
import io.switchboard.fx.task.ManualTasks;
import io.switchboard.flow.source.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's state without a screen: analysis after a pause (latest only), navigation, forms, find, save. */
class ContractEditorViewModelTest {

    static final String PETS = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: Pets
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Pet'
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    owner:
                      $ref: 'people.yaml#/components/schemas/Person'
            """;

    @TempDir
    Path folder;

    private static final Duration PAUSE = Duration.ofMillis(40);

    private final ManualTasks tasks = new ManualTasks();
    private final List<ContractNavigationViewModel.Navigation> elsewhere = new CopyOnWriteArrayList<>();
    private final List<ContractEditorViewModel.Replacement> replacements = new ArrayList<>();
    private final List<Location> reveals = new ArrayList<>();
    private ContractEditorViewModel editor;
    private Path file;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(folder.resolve("people.yaml"), "components:\n  schemas:\n    Person:\n      type: object\n");
        file = Files.writeString(folder.resolve("pets.yaml"), PETS);
        editor = new ContractEditorViewModel(new ContractAnalyzer(path -> ContractLinter.recommended()), tasks,
                PAUSE);
        editor.navigation().setOpenElsewhere(elsewhere::add);
        editor.replacements().subscribe(replacements::add);
        editor.reveals().subscribe(reveals::add);
        editor.open(file);
        assertTrue(editor.analysisProperty().get() != null, "opening checks the file");
    }

    /** Lets the pause in typing pass, so the latest text is checked. */
    private void settle() {
        tasks.advance(PAUSE);
    }

    private void type(String before, String inserted) {
        int at = editor.text().indexOf(before);
        editor.edited(at, 0, inserted);
    }

    @Test
    void openingShowsFindingsAtTheirLinesAndTheOutline() {
        ContractFinding contact = editor.findings().stream().filter(finding -> finding.rule().equals("info-contact"))
                .findFirst().orElseThrow();
        assertEquals(2, contact.location().line());
        assertEquals("pets.yaml", editor.titleBinding().get());
        assertEquals(List.of("Paths", "Components"), editor.outline().stream().map(entry -> entry.label()).toList());
        assertTrue(editor.statusProperty().get().startsWith("OpenAPI 3.0 · checked in"), editor.statusProperty().get());
    }

    @Test
    void typingMarksTheFileUnsavedAndOnlyTheLatestTextIsAnalysed() throws Exception {
        type("  version: 1.0.0\n", "  x-first: 1\n");
        type("  version: 1.0.0\n", "  x-second: 2\n");
        type("paths:\n", "bogus: true\n");

        assertEquals("pets.yaml •", editor.titleBinding().get());
        tasks.advance(PAUSE.minusMillis(1));
        assertFalse(editor.analysisProperty().get().document().text().contains("x-first"), "checked before the pause");
        tasks.advance(Duration.ofMillis(1));
        ContractAnalysis latest = editor.analysisProperty().get();
        assertTrue(latest.document().text().contains("bogus: true"));
        assertTrue(editor.findings().stream().anyMatch(finding -> finding.rule().equals("oas3-schema")
                && finding.message().equals("'bogus' is unexpected") && finding.location().line() == 7),
                editor.findings().toString());
    }

    @Test
    void aSyntaxErrorIsAFindingAtItsPlaceAndTheOutlineStays() throws Exception {
        type("paths:\n", "info: [unclosed\n");
        settle();

        ContractFinding syntax = editor.findings().get(0);
        assertEquals("syntax", syntax.rule());
        assertTrue(syntax.location().line() >= 5, syntax.toString());
        assertFalse(editor.analysisProperty().get().wellFormed());
        assertEquals(2, editor.outline().size());
    }

    @Test
    void aRefLeadsToItsDefinitionHereOrInAnotherFile() throws Exception {
        ContractNavigationViewModel.Navigation here = editor.navigation().definitionAt(15, 20).orElseThrow();
        assertEquals(new Location(18, 5), here.location());
        assertEquals(List.of(), elsewhere);

        editor.navigation().definitionAt(22, 20);
        ContractNavigationViewModel.Navigation there = elsewhere.get(0);
        assertEquals(folder.resolve("people.yaml"), there.file());
        assertEquals(new Location(3, 5), there.location());
        assertEquals(List.of(there), elsewhere);
    }

    @Test
    void usagesOfAComponentAreListed() {
        List<ContractNavigationViewModel.Usage> usages = editor.navigation().usagesAt(18, 6);

        assertEquals(1, usages.size());
        assertEquals(15, usages.get(0).location().line());
        assertEquals("1 usage of #/components/schemas/Pet", editor.navigation().usagesTitleProperty().get());
    }

    @Test
    void theOperationFormProducesOneReplacementThatTheTextTakes() throws Exception {
        assertTrue(editor.forms().addOperation(new NewOperation("/pets/{petId}", "get", "Get", "getPet", "", "200", "Pet")));
        ContractEditorViewModel.Replacement change = replacements.get(replacements.size() - 1);
        editor.edited(change.start(), change.end() - change.start(), change.text());
        settle();

        assertEquals("getPet", editor.analysisProperty().get().document()
                .at("/paths/~1pets~1{petId}/get/operationId").asText());
        assertFalse(editor.forms().addOperation(new NewOperation("/pets", "get", "", "", "", "200", "")));
        assertTrue(editor.errorProperty().get().contains("already exists"), editor.errorProperty().get());
    }

    @Test
    void findAndReplaceAllWorkOnTheText() {
        int first = editor.search().find("pet", 0, false);
        assertEquals(editor.text().indexOf("Pets"), first);
        assertEquals(editor.text().indexOf("/pets") + 1, editor.search().find("pet", 0, true));
        assertEquals(first, editor.search().find("pet", editor.text().length() - 3, false), "wraps around the end");

        assertEquals(3, editor.search().replaceAll("Pets", "Animals", true));
        ContractEditorViewModel.Replacement change = replacements.get(replacements.size() - 1);
        String replaced = editor.text().substring(0, change.start()) + change.text()
                + editor.text().substring(change.end());
        assertFalse(replaced.contains("Pets"));
    }

    @Test
    void formatAsksForOneReplacementAndSaveWritesTheText() throws Exception {
        type("paths:\n", "x-extra:    {a: 1}\n");
        editor.format();
        settle();
        assertEquals(1, replacements.size());

        editor.save();
        settle();
        assertTrue(Files.readString(file).contains("x-extra:    {a: 1}"));
        assertEquals("pets.yaml", editor.titleBinding().get());
    }

    @Test
    void undoingBackToTheSavedTextClearsTheUnsavedMark() {
        int at = editor.text().indexOf("paths:\n");
        editor.edited(at, 0, "x-a: 1\n");
        assertEquals("pets.yaml •", editor.titleBinding().get());

        editor.edited(at, "x-a: 1\n".length(), "");

        assertEquals("pets.yaml", editor.titleBinding().get());
        assertFalse(editor.dirtyProperty().get());
    }

    @Test
    void theSamePlaceAskedForTwiceIsShownTwice() {
        editor.open(file, new Location(18, 5));
        editor.open(file, new Location(18, 5));

        assertEquals(List.of(new Location(18, 5), new Location(18, 5)), reveals,
                "a property would have said nothing the second time");
    }
}
