package org.safepassage.intake.registration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows a new receipt the one time it exists in the session; a reload shows advice instead. */
@Controller
public class ReceiptController {

    @GetMapping("/receipt")
    String receipt(Model model) {
        return model.containsAttribute(RegistrationController.RECEIPT_ATTRIBUTE) ? "receipt" : "receipt-gone";
    }
}
