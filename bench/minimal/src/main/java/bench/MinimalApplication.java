package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** One Thymeleaf page and nothing else: the ceiling of this stack on this machine. */
@SpringBootApplication
@Controller
public class MinimalApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }

    @GetMapping("/")
    String page(Model model) {
        model.addAttribute("name", "world");
        return "page";
    }
}
