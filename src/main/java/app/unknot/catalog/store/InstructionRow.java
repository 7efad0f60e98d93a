package app.unknot.catalog.store;

import app.unknot.catalog.Instruction;
import jakarta.persistence.Embeddable;

/** An instruction line as stored; see {@link Instruction}. */
@Embeddable
class InstructionRow {

    private String text;
    private String onlyArea;
    private String onlyTool;

    Instruction toInstruction() {
        return new Instruction(text, onlyArea, onlyTool);
    }
}
