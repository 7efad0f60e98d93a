package app.unknot.catalog;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface ToolRepository extends Repository<Tool, Integer> {

    List<Tool> findAllByOrderByPosition();
}
