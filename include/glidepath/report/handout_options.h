#pragma once

#include <glidepath/core/date.h>

#include <optional>
#include <string>

namespace glidepath::report {

enum class PaperSize
{
    A4,
    Letter
};

// Who to contact, printed on the home routine's cover. Comes from the app's Preferences (the
// clinician) and the client record (note, next appointment); personal mode leaves it empty.
struct ClinicianContact
{
    std::string name;     // "Sam Patel, physiotherapist"
    std::string practice; // "Riverside Physio"
    std::string phone;
    std::string email;
    std::string note; // a free note to the client
    std::optional<core::Date> nextAppointment;
    std::string nextAppointmentTime; // "10:30", optional

    bool empty() const
    {
        return name.empty() && practice.empty() && phone.empty() && email.empty() && note.empty() &&
               !nextAppointment;
    }
};

struct HandoutOptions
{
    PaperSize paper = PaperSize::A4;
    bool largePrint = false; // body text at least 16 pt
    // 2: the exercises flow in two columns (normal print only; large print always uses one).
    int exercisesPerRow = 2;
    std::string clientName; // empty: "My routine"
    // Kept for the print dialog's setting: the handout explains each exercise once and lists the
    // days in a table, so repeats are always compact now.
    bool compactRepeats = true;
    std::string preparedBy;     // clinician or clinic, printed on the cover when not empty
    bool includeLog = true;     // the tick-box log and the end-of-week questions
    bool clinicianBlock = true; // print `clinician` on the cover (when it holds anything)
    ClinicianContact clinician;
};

} // namespace glidepath::report
