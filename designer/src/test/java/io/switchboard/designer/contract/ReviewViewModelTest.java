package io.switchboard.designer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.diff.ChangeLevel;
import io.switchboard.contract.review.ReviewNotes;
import io.switchboard.designer.contract.review.ReviewViewModel;
import io.switchboard.fx.task.ManualTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review groups the changes by operation, breaking first, and keeps notes beside the contract. */
class ReviewViewModelTest {

    private final ManualTasks tasks = new ManualTasks();

    @Test
    void changesAreGroupedAndNotesAreSavedBesideTheContract(@TempDir Path folder) throws Exception {
        String base = ContractEditorViewModelTest.PETS;
        String revision = base.replace("      responses:\n", "      deprecated: true\n      responses:\n")
                .replace("        '200':", "        '201':");
        Path contract = Files.writeString(folder.resolve("pets.yaml"), revision);
        ReviewViewModel review = new ReviewViewModel(tasks, "ana");

        review.compare("pets.yaml@HEAD", base, contract, revision);

        assertEquals(1, review.groups().size());
        ReviewViewModel.Group group = review.groups().get(0);
        assertEquals("GET /pets", group.target());
        assertEquals(ChangeLevel.ERR, group.worst());
        assertEquals("response-success-status-removed", group.changes().get(0).rule());
        assertTrue(review.summaryProperty().get().contains("breaking"), review.summaryProperty().get());
        assertEquals(revision, review.sidesProperty().get().revisionText());

        review.targetProperty().set("GET /pets");
        review.addNote("Keep 200 until v2: clients check for it.");

        ReviewNotes saved = ReviewNotes.readFor(contract);
        assertEquals(1, saved.notes().size());
        assertEquals("GET /pets", saved.notes().get(0).target());
        assertEquals("ana", saved.notes().get(0).author());
        assertEquals(ManualTasks.START.toString(), saved.notes().get(0).created());
        assertTrue(Files.exists(folder.resolve("pets.review.json")));
        assertEquals(1, review.notes().size());
    }

    @Test
    void anUnreadableVersionIsReportedWithItsLine(@TempDir Path folder) throws Exception {
        Path contract = Files.writeString(folder.resolve("pets.yaml"), ContractEditorViewModelTest.PETS);
        ReviewViewModel review = new ReviewViewModel(tasks, "ana");

        review.compare("old.yaml", "openapi: 3.0.3\ninfo: [x\n", contract, ContractEditorViewModelTest.PETS);

        assertTrue(review.errorProperty().get().contains("line"), review.errorProperty().get());
    }
}
