package app.unknot.routine.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Instruction;
import app.unknot.catalog.Technique;
import org.junit.jupiter.api.Test;

/** A step's technique reads back as it was saved, in today's shape and in the shape before V6. */
class StoredTechniqueTests {

    @Test
    void aTechniqueReadsBackAsItWasSaved() {
        Technique technique = CatalogFixture.technique("neck-side-stretch");

        assertThat(StoredTechnique.read(StoredTechnique.write(technique))).isEqualTo(technique);
    }

    @Test
    void aTechniqueSavedBeforeV6KeepsItsTextAndGetsTheOldLongestTime() {
        Technique today = CatalogFixture.technique("neck-side-stretch");
        String saved = StoredTechnique.write(today)
            .replaceFirst("\"longestSeconds\":\\d+,", "")
            .replaceAll("\\{\"text\":(\"[^\"]*\"),\"onlyForArea\":null,\"onlyWithTool\":null}", "$1");
        assertThat(saved).doesNotContain("longestSeconds", "onlyForArea").contains("\"instructions\":[\"");

        Technique read = StoredTechnique.read(saved);

        assertThat(read.instructions()).isEqualTo(today.instructionTexts().stream().map(Instruction::of).toList());
        assertThat(read.longestSeconds()).as("steps then grew to twice the typical time").isEqualTo(2 * today.seconds());
    }
}
